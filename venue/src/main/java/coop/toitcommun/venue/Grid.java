package coop.toitcommun.venue;

import java.time.LocalTime;
import java.util.List;

/**
 * Time lines of several rooms on one day (the day view) or of one room on several days (a room's week), all
 * covering the same {@code hours} from {@code from}. {@code previous} and {@code next} name the neighbouring
 * day ({@code 2026-02-09}) or week ({@code 2026-W07}).
 */
public record Grid(String previous, String next, LocalTime from, int hours, List<DayLine> lines) {
}
