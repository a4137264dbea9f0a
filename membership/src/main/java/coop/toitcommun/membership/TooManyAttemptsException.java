package coop.toitcommun.membership;

import java.time.Duration;

/** Too many wrong secrets: this try was refused without being checked. */
public class TooManyAttemptsException extends RuntimeException {

    private final Attempt attempt;

    public TooManyAttemptsException(Attempt attempt) {
        super("Too many failed attempts (" + attempt.kind() + ")");
        this.attempt = attempt;
    }

    public Attempt.Refusal refusal() {
        return attempt.refusal();
    }

    /** How long until a new try may be checked; zero when it depends on the account's owner (an unlock link). */
    public Duration retryAfter() {
        return attempt.retryAfter();
    }
}
