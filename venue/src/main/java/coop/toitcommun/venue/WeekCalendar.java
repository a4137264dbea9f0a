package coop.toitcommun.venue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * All rooms over one ISO week ({@code 2026-W48}): a row per room, a time line per day. Every line covers the
 * same {@code hours} from {@code from} (the widest opening hours of the week's rooms).
 */
public record WeekCalendar(String week, String previousWeek, String nextWeek, List<LocalDate> days, LocalTime from,
                           int hours, List<Row> rows) {

    public record Row(RoomView room, List<DayLine> days) {
    }
}
