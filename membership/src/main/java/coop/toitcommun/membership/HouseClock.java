package coop.toitcommun.membership;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.springframework.stereotype.Component;

/**
 * The house's clock and time zone ({@code toitcommun.zone}, Europe/Paris by default), the one every module reads:
 * registers and mandates are kept by calendar date, meetings and bookings by local time, instants are stored.
 * Governance and venue both depend on membership, so both use it without depending on each other.
 */
@Component
public class HouseClock {

    private final Clock clock;
    private final ZoneId zone;

    HouseClock(Clock clock, ZoneId zone) {
        this.clock = clock;
        this.zone = zone;
    }

    public ZoneId zone() {
        return zone;
    }

    public Instant now() {
        return clock.instant();
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zone);
    }

    /** Now on the house's clocks. */
    public LocalDateTime localNow() {
        return LocalDateTime.ofInstant(clock.instant(), zone);
    }

    public ZonedDateTime at(Instant instant) {
        return instant.atZone(zone);
    }

    /** False for a local time the house never shows: the hour skipped when clocks go forward. */
    public boolean exists(LocalDateTime local) {
        return !zone.getRules().getValidOffsets(local).isEmpty();
    }
}
