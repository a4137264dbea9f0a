package coop.toitcommun.venue;

import java.time.LocalDateTime;

/**
 * A booking in a calendar. {@code title} and {@code organisationName} are null when the booking is private
 * and not the viewer's; {@code mine}: one of the viewer's organisations booked it.
 */
public record CalendarEntry(long bookingId, long roomId, LocalDateTime start, LocalDateTime end, String title,
                            String organisationName, BookingStatus status, boolean mine) {
}
