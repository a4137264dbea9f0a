package coop.toitcommun.venue;

import java.time.Instant;
import java.time.LocalDateTime;

import coop.toitcommun.membership.HouseClock;

/** The venue's rule on local times: nothing starts or ends in the hour skipped when clocks go forward. */
public final class LocalTimes {

    private LocalTimes() {
    }

    /** A local time of the house as an instant; refused when it does not exist. */
    public static Instant instantOf(HouseClock clock, LocalDateTime local) {
        if (!clock.exists(local)) {
            throw new BookingRefusedException("venue.refused.skippedHour", local.toLocalDate(), local.toLocalTime());
        }
        return local.atZone(clock.zone()).toInstant();
    }
}
