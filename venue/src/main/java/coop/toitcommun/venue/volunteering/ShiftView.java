package coop.toitcommun.venue.volunteering;

import java.time.Duration;
import java.time.ZonedDateTime;

/**
 * A shift as pages show it, for one reader: {@code mine} is the reader's live sign-up on it, if any; {@code started}
 * is true once its start has passed (no more sign-ups nor withdrawals; hours can be confirmed).
 */
public record ShiftView(long id, long missionId, String missionName, ZonedDateTime start, ZonedDateTime end,
                        int places, int taken, boolean cancelled, boolean started, Long mine) {

    public int free() {
        return places - taken;
    }

    public boolean full() {
        return taken >= places;
    }

    public long minutes() {
        return Duration.between(start, end).toMinutes();
    }

    public boolean open() {
        return !cancelled && !started && !full();
    }
}
