package coop.toitcommun.venue;

/** Who acts: a person, and whether they run the venue (employees and admins). */
public record Actor(long personId, boolean staff) {
}
