package coop.toitcommun.membership;

import java.time.Duration;

/**
 * One try at a secret, as the throttle answered it. An allowed attempt is already counted as a failure; the caller
 * reports the outcome with {@link LoginThrottle#succeeded} or {@link LoginThrottle#failed}.
 *
 * @param refusal why the secret may not be checked now, or null when it may
 * @param retryAfter how long until the next try may be checked, for a {@link Refusal#WAIT}; zero otherwise
 */
public record Attempt(AttemptKind kind, String login, String clientKey, Refusal refusal, Duration retryAfter) {

    public enum Refusal {
        /** This address failed too often for this account: it must wait before trying again. */
        WAIT,
        /** The account failed too often from everywhere: the addresses that failed are refused until unlocked. */
        ACCOUNT_CEILING
    }

    public boolean allowed() {
        return refusal == null;
    }
}
