package coop.toitcommun.venue;

import java.time.ZonedDateTime;

/** A registration as its event's organisers see it; name and email are null once erased. */
public record RegistrationView(long id, long eventId, String name, String email, int places, RegistrationStatus status,
                               ZonedDateTime registeredAt) {
}
