package coop.toitcommun.web.security;

import coop.toitcommun.membership.LoginThrottle;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Checks the throttle before the password and records the outcome. A refused try is not recorded, so the
 * refusal ends one window after the failure that caused it.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final AuthenticationProvider passwords;
    private final LoginThrottle throttle;

    ThrottledAuthenticationProvider(AuthenticationProvider passwords, LoginThrottle throttle) {
        this.passwords = passwords;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String login = authentication.getName();
        String address = clientAddress(authentication);
        if (throttle.isBlocked(login, address)) {
            throw new LoginThrottledException();
        }
        try {
            Authentication result = passwords.authenticate(authentication);
            throttle.recordSuccess(login);
            return result;
        } catch (BadCredentialsException e) {
            throttle.recordFailure(login, address);
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
