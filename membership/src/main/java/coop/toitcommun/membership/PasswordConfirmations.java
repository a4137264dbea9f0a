package coop.toitcommun.membership;

import coop.toitcommun.membership.account.UserAccount;
import coop.toitcommun.membership.account.UserAccountRepository;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * A signed-in person types their password again before a decision that carries their name (signing minutes,
 * changing their password, turning off the second step). Throttled like signing in but counted apart, so that
 * neither locks the other, and so that a stolen session cannot guess the password faster than the sign-in form.
 */
@Service
public class PasswordConfirmations {

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final LoginThrottle throttle;

    PasswordConfirmations(UserAccountRepository accounts, PasswordEncoder passwordEncoder, LoginThrottle throttle) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.throttle = throttle;
    }

    /**
     * Returns normally when the password is the person's.
     *
     * @throws TooManyAttemptsException when too many wrong passwords came before; the password was not checked
     * @throws WrongPasswordException when it is not their password
     */
    public void confirm(long personId, String password, String clientAddress) {
        UserAccount account = accounts.findWithPerson(personId).orElseThrow(AccountNotFoundException::new);
        Attempt attempt = throttle.begin(AttemptKind.CONFIRMATION, account.getPerson().getEmail(), clientAddress);
        if (!attempt.allowed()) {
            throw new TooManyAttemptsException(attempt);
        }
        if (account.isActivated() && password != null && passwordEncoder.matches(password, account.getPasswordHash())) {
            throttle.succeeded(attempt);
            return;
        }
        throttle.failed(attempt);
        throw new WrongPasswordException();
    }
}
