package coop.toitcommun.venue.internal;

import java.time.Instant;

import coop.toitcommun.venue.BookingStatus;

/** A booking that holds its room (pending or confirmed), with what calendars and availability need of it. */
public record HeldBooking(long id, long roomId, long organisationId, String title, boolean titlePublic, Instant startsAt,
                          Instant endsAt, Instant blockedUntil, BookingStatus status) {

    public boolean isActive() {
        return status.isActive();
    }
}
