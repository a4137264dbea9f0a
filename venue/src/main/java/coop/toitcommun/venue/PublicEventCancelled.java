package coop.toitcommun.venue;

import java.util.List;

/** The organisers cancelled an event: everyone registered or waiting is told, with the reason given. */
public record PublicEventCancelled(PublicEventView event, String reason, List<Registrant> registrants) {

    /** Someone to tell, in their language. */
    public record Registrant(String name, String email, String language) {
    }
}
