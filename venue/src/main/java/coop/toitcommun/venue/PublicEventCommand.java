package coop.toitcommun.venue;

import java.time.LocalDateTime;

/**
 * What an organiser publishes or changes: an event in a room of the house ({@code inTheHouse}, in the room
 * {@code roomId}, booked in the same transaction) or outside (at {@code address}); {@code capacity} null means no limit.
 * {@code version} is the one the organiser saw when changing an event (ignored when publishing).
 */
public record PublicEventCommand(Actor actor, long organisationId, String title, String description,
                                 LocalDateTime start, LocalDateTime end, boolean inTheHouse, Long roomId, String address,
                                 Integer capacity, boolean registrationRequired, long version) {

    public PublicEventCommand {
        title = title == null ? "" : title.trim();
        description = description == null ? "" : description.trim();
        roomId = inTheHouse ? roomId : null;
        address = inTheHouse || address == null || address.isBlank() ? null : address.trim();
    }

    /** An event in the house when a room is given, outside otherwise. */
    public PublicEventCommand(Actor actor, long organisationId, String title, String description, LocalDateTime start,
                              LocalDateTime end, Long roomId, String address, Integer capacity,
                              boolean registrationRequired, long version) {
        this(actor, organisationId, title, description, start, end, roomId != null, roomId, address, capacity,
            registrationRequired, version);
    }
}
