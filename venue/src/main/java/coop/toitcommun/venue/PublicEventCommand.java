package coop.toitcommun.venue;

import java.time.LocalDateTime;

/**
 * What an organiser publishes or changes: an event in a room of the house ({@code roomId}, booked in the same
 * transaction) or outside ({@code address}); {@code capacity} null means no limit. {@code version} is the one the
 * organiser saw when changing an event (ignored when publishing).
 */
public record PublicEventCommand(Actor actor, long organisationId, String title, String description,
                                 LocalDateTime start, LocalDateTime end, Long roomId, String address,
                                 Integer capacity, boolean registrationRequired, long version) {

    public PublicEventCommand {
        title = title == null ? "" : title.trim();
        description = description == null ? "" : description.trim();
        address = address == null || address.isBlank() || roomId != null ? null : address.trim();
    }
}
