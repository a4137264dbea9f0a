package coop.toitcommun.venue;

/** Places freed up: a registration of the waiting list now holds its places. */
public record RegistrationPromoted(PublicEventView event, String name, String email, String language, int places) {
}
