package coop.toitcommun.venue;

import java.time.ZonedDateTime;

/** Someone else decided about a booking: its booker is told (by email, in web). */
public record BookingDecided(long bookingId, long bookedBy, String title, String roomName, ZonedDateTime start,
                             Decision decision, String reason) {

    public enum Decision { APPROVED, REFUSED, CANCELLED, CHANGED }
}
