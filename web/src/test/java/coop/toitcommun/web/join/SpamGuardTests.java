package coop.toitcommun.web.join;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import coop.toitcommun.membership.DoorSettings;
import org.junit.jupiter.api.Test;

class SpamGuardTests {

    private static final Instant SHOWN = Instant.parse("2026-11-29T09:00:00Z");
    private static final DoorSettings SETTINGS = new DoorSettings(2, Duration.ofDays(90), Duration.ofDays(30), 5,
        Duration.ofSeconds(5));

    @Test
    void aFormSentBeforeTheMinimumFillTimeIsTooFast() {
        assertThat(guardAt(SHOWN.plusSeconds(2)).tooFast(SHOWN)).isTrue();
        assertThat(guardAt(SHOWN.plusSeconds(5)).tooFast(SHOWN)).isFalse();
        assertThat(guardAt(SHOWN).tooFast(null)).as("never shown").isTrue();
    }

    @Test
    void onlyRobotsFillTheHiddenField() {
        assertThat(guardAt(SHOWN).caughtInTheTrap("http://spam.example")).isTrue();
        assertThat(guardAt(SHOWN).caughtInTheTrap("")).isFalse();
        assertThat(guardAt(SHOWN).caughtInTheTrap(null)).isFalse();
    }

    private static SpamGuard guardAt(Instant now) {
        return new SpamGuard(SETTINGS, Clock.fixed(now, ZoneOffset.UTC));
    }
}
