package coop.toitcommun.membership;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

/** The house's one clock: its dates and local times are those of its zone, whatever zone the server runs in. */
class HouseClockTests {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Test
    void todayAndNowAreTheHousesNotTheServers() {
        HouseClock clock = new HouseClock(Clock.fixed(Instant.parse("2026-03-28T23:30:00Z"), ZoneOffset.UTC), PARIS);

        assertThat(clock.today()).isEqualTo(LocalDate.of(2026, 3, 29));
        assertThat(clock.localNow()).isEqualTo(LocalDateTime.of(2026, 3, 29, 0, 30));
        assertThat(clock.now()).isEqualTo(Instant.parse("2026-03-28T23:30:00Z"));
        assertThat(clock.at(clock.now()).getZone()).isEqualTo(PARIS);
    }

    @Test
    void theHourSkippedWhenClocksGoForwardDoesNotExist() {
        HouseClock clock = new HouseClock(Clock.systemUTC(), PARIS);

        assertThat(clock.exists(LocalDateTime.of(2026, 3, 29, 2, 30))).isFalse();
        assertThat(clock.exists(LocalDateTime.of(2026, 3, 29, 3, 30))).isTrue();
        assertThat(clock.exists(LocalDateTime.of(2026, 10, 25, 2, 30))).as("the hour lived twice exists").isTrue();
    }
}
