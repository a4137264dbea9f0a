package coop.toitcommun.venue;

import java.time.LocalDate;
import java.util.List;

/**
 * One room on one day, as a time line: its bookings (those starting that day), the free times in which a
 * booking of at least the room's minimum length fits (open, not closed, not past, clear of other bookings and
 * their cleaning buffers), and the closed times.
 */
public record DayLine(RoomView room, LocalDate date, List<CalendarEntry> entries, List<TimeSpan> free, List<TimeSpan> closed) {
}
