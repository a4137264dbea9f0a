package coop.toitcommun.web.security;

import coop.toitcommun.membership.Attempt;
import coop.toitcommun.membership.AttemptKind;
import coop.toitcommun.membership.LoginThrottle;
import coop.toitcommun.web.account.OffRequestAccountWork;
import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Asks the throttle before the password is checked and reports the outcome. A refused try is answered at once with
 * the time to wait; it is not checked and not counted. When failures on an account reach the ceiling, its owner is
 * offered an unlock link, off the request thread.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final AuthenticationProvider passwords;
    private final LoginThrottle throttle;
    private final OffRequestAccountWork offRequest;

    ThrottledAuthenticationProvider(AuthenticationProvider passwords, LoginThrottle throttle, OffRequestAccountWork offRequest) {
        this.passwords = passwords;
        this.throttle = throttle;
        this.offRequest = offRequest;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String login = authentication.getName();
        Attempt attempt = throttle.begin(AttemptKind.SIGN_IN, login, clientAddress(authentication));
        if (!attempt.allowed()) {
            throw new LoginThrottledException(attempt);
        }
        try {
            Authentication result = passwords.authenticate(authentication);
            throttle.succeeded(attempt);
            return result;
        } catch (BadCredentialsException e) {
            if (throttle.failed(attempt)) {
                offRequest.offerUnlock(login);
            }
            throw e;
        } catch (AccountStatusException e) {
            // the password was right: a disabled account is told so, and its address is not held against it
            throttle.succeeded(attempt);
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private static String clientAddress(Authentication authentication) {
        if (authentication.getDetails() instanceof WebAuthenticationDetails details && details.getRemoteAddress() != null) {
            return details.getRemoteAddress();
        }
        return "unknown";
    }
}
