package coop.toitcommun.membership;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Limits password reset requests per email address and per client address, so that nobody can flood a mailbox
 * or the house's mail server. The same statements run whether or not an account has the address, so that the
 * answer takes the same time and says nothing; looking the account up and emailing happen elsewhere, off the
 * request thread.
 */
@Service
public class PasswordResetRequests {

    private static final String ACCOUNT = "reset-account";
    private static final String ADDRESS = "reset-address";

    private final RequestWindows windows;
    private final Clock clock;
    private final AccountSettings settings;

    PasswordResetRequests(RequestWindows windows, Clock clock, AccountSettings settings) {
        this.windows = windows;
        this.clock = clock;
        this.settings = settings;
    }

    /** Counts the request; empty when it is accepted, otherwise how long until the next one would be. */
    @Transactional
    public Optional<Duration> admit(String email, String clientAddress) {
        Instant now = clock.instant();
        Duration window = settings.passwordResetWindow();
        windows.forget(window, now, ACCOUNT, ADDRESS);
        Optional<Duration> byAccount = windows.count(ACCOUNT, Accounts.normaliseEmail(email), settings.passwordResetsPerAccount(), window, now);
        Optional<Duration> byAddress = windows.count(ADDRESS, LoginThrottle.clientKey(clientAddress), settings.passwordResetsPerAddress(), window, now);
        if (byAccount.isEmpty()) {
            return byAddress;
        }
        return byAddress.isEmpty() || byAccount.get().compareTo(byAddress.get()) > 0 ? byAccount : byAddress;
    }
}
