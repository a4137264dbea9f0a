package coop.toitcommun.venue.volunteering;

/** A mission of the house, with the number of its coming shifts that still need people. */
public record MissionView(long id, String name, String description, long version, int shiftsNeedingPeople) {
}
