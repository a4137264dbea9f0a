package coop.toitcommun.web.join;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import coop.toitcommun.membership.DoorSettings;
import org.springframework.stereotype.Component;

/**
 * Spam protection without third parties: a hidden field that people leave empty, and a minimum time between
 * showing the form and receiving it. (The limit per client address lives with the applications.)
 */
@Component
class SpamGuard {

    private final Duration minimumFillTime;
    private final Clock clock;

    SpamGuard(DoorSettings settings, Clock clock) {
        this.minimumFillTime = settings.minimumFillTime();
        this.clock = clock;
    }

    Instant formShown() {
        return clock.instant();
    }

    /** Only robots fill the hidden field: they get a confirmation page and nothing is recorded. */
    boolean caughtInTheTrap(String honeypot) {
        return honeypot != null && !honeypot.isEmpty();
    }

    /** Sent faster than anyone reads the charter: people (autofill can be quick) are asked to send it again. */
    boolean tooFast(Instant formShownAt) {
        return formShownAt == null || Duration.between(formShownAt, clock.instant()).compareTo(minimumFillTime) < 0;
    }
}
