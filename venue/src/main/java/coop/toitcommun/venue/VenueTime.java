package coop.toitcommun.venue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.springframework.stereotype.Component;

/** The venue's time zone ({@code toitcommun.zone}, Europe/Paris by default) and the clock. */
@Component
public class VenueTime {

    private final ZoneId zone;
    private final Clock clock;

    VenueTime(ZoneId zone, Clock clock) {
        this.zone = zone;
        this.clock = clock;
    }

    public ZoneId zone() {
        return zone;
    }

    public Instant now() {
        return clock.instant();
    }

    public LocalDateTime localNow() {
        return LocalDateTime.ofInstant(clock.instant(), zone);
    }

    public ZonedDateTime at(Instant instant) {
        return instant.atZone(zone);
    }

    /** A local time of the venue; refused when it does not exist (the hour skipped when clocks go forward). */
    public Instant instantOf(LocalDateTime local) {
        if (zone.getRules().getValidOffsets(local).isEmpty()) {
            throw new BookingRefusedException("venue.refused.skippedHour", local.toLocalDate(), local.toLocalTime());
        }
        return local.atZone(zone).toInstant();
    }

    public boolean exists(LocalDateTime local) {
        return !zone.getRules().getValidOffsets(local).isEmpty();
    }
}
