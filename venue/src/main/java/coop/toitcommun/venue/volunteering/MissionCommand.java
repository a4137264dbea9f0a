package coop.toitcommun.venue.volunteering;

/** What a coordinator gives to create or change a mission; {@code version} is the one read (-1 for a new one). */
public record MissionCommand(VolunteeringActor actor, String name, String description, long version) {
}
