package coop.toitcommun.venue;

import java.time.ZonedDateTime;

/**
 * A booking as the asker may see it: {@code title} and {@code notes} are null when the booking is private and
 * not theirs. {@code mayChange}: the asker may still change or cancel it.
 */
public record BookingView(long id, long roomId, String roomName, long organisationId, String organisationName,
                          long bookedBy, Long seriesId, String title, boolean titlePublic, int attendees, String notes,
                          ZonedDateTime start, ZonedDateTime end, BookingStatus status, String statusReason,
                          int priceCents, int sequence, long version, boolean mayChange,
                          boolean heldForMeeting) {

    public boolean active() {
        return status.isActive();
    }
}
