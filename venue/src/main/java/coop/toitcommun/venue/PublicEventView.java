package coop.toitcommun.venue;

import java.time.ZonedDateTime;

/**
 * An event of the public programme as anyone may see it: the room's name when it is held in the house, else the
 * address; the places taken by confirmed registrations and those asked by the waiting list.
 */
public record PublicEventView(long id, long organisationId, String organisationName, String title, String description,
                              ZonedDateTime start, ZonedDateTime end, Long roomId, String roomName, String address,
                              Integer capacity, boolean registrationRequired, int confirmedPlaces, int waitingPlaces,
                              boolean cancelled, String cancelReason, long version) {

    public boolean inTheHouse() {
        return roomId != null;
    }

    /** No place left: new registrations go to the waiting list. */
    public boolean full() {
        return capacity != null && (confirmedPlaces >= capacity || waitingPlaces > 0);
    }

    public Integer placesLeft() {
        return capacity == null ? null : Math.max(0, capacity - confirmedPlaces);
    }
}
