package coop.toitcommun.venue;

/**
 * A visitor asked to register: confirmed, waiting, or {@code alreadyRegistered} (the address already holds a
 * registration for the event: the page says the same as for anyone, the email tells them). {@code cancelToken}
 * is the only copy of the link's secret (the database keeps its hash); null when already registered.
 */
public record RegistrationReceived(PublicEventView event, String name, String email, String language, int places,
                                   RegistrationStatus status, String cancelToken, boolean alreadyRegistered) {
}
