package coop.toitcommun.web.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** The back-off between attempts: doubling from the first delay, capped, then giving up. */
class MailSettingsTests {

    private final MailSettings settings = new MailSettings(Duration.ofMinutes(1), Duration.ofHours(1), 12,
        Duration.ofMinutes(1), Duration.ofMinutes(10));

    @Test
    void eachFailedAttemptDoublesTheWaitUpToTheCap() {
        assertThat(settings.delayAfter(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(settings.delayAfter(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(settings.delayAfter(3)).isEqualTo(Duration.ofMinutes(4));
        assertThat(settings.delayAfter(6)).isEqualTo(Duration.ofMinutes(32));
        assertThat(settings.delayAfter(7)).isEqualTo(Duration.ofHours(1));
        assertThat(settings.delayAfter(11)).isEqualTo(Duration.ofHours(1));
        assertThat(settings.delayAfter(Integer.MAX_VALUE)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void theOutboxGivesUpAfterTheLastAttempt() {
        assertThat(settings.givesUpAfter(11)).isFalse();
        assertThat(settings.givesUpAfter(12)).isTrue();
    }
}
