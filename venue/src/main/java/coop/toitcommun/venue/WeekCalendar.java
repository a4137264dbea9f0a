package coop.toitcommun.venue;

import java.time.LocalDate;
import java.util.List;

/**
 * All rooms over one ISO week ({@code 2026-W48}): a row per room, a cell per day with its bookings and the
 * first free hour of the day ({@code firstFree}, null when none) for a one-click booking.
 */
public record WeekCalendar(String week, String previousWeek, String nextWeek, List<LocalDate> days, List<Row> rows) {

    /** Whether the day at {@code index} has a booking or a free hour in some room (phones list only those). */
    public boolean anythingOn(int index) {
        return rows.stream().map(r -> r.days().get(index)).anyMatch(d -> !d.entries().isEmpty() || d.firstFree() != null);
    }

    public record Row(RoomView room, List<Day> days) {
    }

    public record Day(LocalDate date, List<CalendarEntry> entries, FreeSlot firstFree, boolean closed) {
    }
}
