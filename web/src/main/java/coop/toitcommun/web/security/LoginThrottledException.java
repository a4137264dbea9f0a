package coop.toitcommun.web.security;

import java.time.Duration;

import coop.toitcommun.membership.Attempt;
import org.springframework.security.core.AuthenticationException;

/** Too many failed tries for this account from this address, or on this account: refused without checking. */
class LoginThrottledException extends AuthenticationException {

    private final transient Attempt attempt;

    LoginThrottledException(Attempt attempt) {
        super("Too many failed sign-ins");
        this.attempt = attempt;
    }

    /** {@code throttled} (wait, then try again) or {@code ceiling} (the account's owner can lift it). */
    String reason() {
        return attempt.refusal() == Attempt.Refusal.WAIT ? "throttled" : "ceiling";
    }

    Duration retryAfter() {
        return attempt.retryAfter();
    }
}
