package coop.toitcommun.venue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

/**
 * Rooms or days × hours. A cell is one hour: a booking covers it ({@code entry}), or it is free and can be
 * booked with one click ({@code free}), or neither (closed, past, outside hours, cleaning buffer).
 */
public record Grid(String title, String previous, String next, List<LocalTime> hours, List<Line> lines) {

    /** One room on one date: its hour cells, and its bookings once each (for the list layout on phones). */
    public record Line(RoomView room, LocalDate date, List<Cell> cells, List<CalendarEntry> entries) {
    }

    public record Cell(LocalDateTime start, LocalDateTime end, CalendarEntry entry, boolean free, boolean closed) {
    }
}
