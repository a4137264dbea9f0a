package coop.toitcommun.venue;

import java.time.LocalDateTime;

/**
 * A change to a booking (or, with {@code following}, to it and the later occurrences of its series, each on
 * its own date). {@code version} is the one the form showed; {@code reason} is required from employees.
 */
public record BookingChange(Actor actor, long bookingId, long version, LocalDateTime start, LocalDateTime end,
                            String title, int attendees, boolean titlePublic, String notes, String reason,
                            boolean following) {
}
