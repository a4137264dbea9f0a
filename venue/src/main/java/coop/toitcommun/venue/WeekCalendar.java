package coop.toitcommun.venue;

import java.time.LocalDate;
import java.util.List;

/**
 * All rooms over one ISO week ({@code 2026-W48}): a row per room, a cell per day with its bookings and the
 * first free hour of the day ({@code firstFree}, null when none) for a one-click booking.
 */
public record WeekCalendar(String week, String previousWeek, String nextWeek, List<LocalDate> days, List<Row> rows) {

    public record Row(RoomView room, List<Day> days) {
    }

    public record Day(LocalDate date, List<CalendarEntry> entries, FreeSlot firstFree, boolean closed) {
    }
}
