package coop.toitcommun.venue.volunteering;

import java.time.Duration;
import java.time.ZonedDateTime;

/**
 * One shift of a person: planned (coming), to be confirmed (started, not confirmed yet) or confirmed with its
 * minutes (0 when the person did not come).
 */
public record HoursLine(long signUpId, long shiftId, String missionName, ZonedDateTime start, ZonedDateTime end,
                        boolean cancelled, boolean started, Integer confirmedMinutes) {

    public long plannedMinutes() {
        return Duration.between(start, end).toMinutes();
    }

    public boolean withdrawable() {
        return !started && !cancelled;
    }
}
