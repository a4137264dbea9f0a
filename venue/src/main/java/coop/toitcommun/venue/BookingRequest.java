package coop.toitcommun.venue;

import java.time.LocalDateTime;

/** A wish to book a room for an organisation, in the venue's local time. */
public record BookingRequest(Actor actor, long roomId, long organisationId, LocalDateTime start, LocalDateTime end,
                             String title, int attendees, boolean titlePublic, String notes) {

    public BookingRequest {
        title = title == null ? "" : title.trim();
        notes = notes == null ? "" : notes.trim();
    }

    BookingRequest at(LocalDateTime newStart, LocalDateTime newEnd) {
        return new BookingRequest(actor, roomId, organisationId, newStart, newEnd, title, attendees, titlePublic, notes);
    }
}
