package coop.toitcommun.governance;

import java.time.LocalDate;

/**
 * A person (possibly representing an organisation) holding a role in a body from a date to a date, both
 * included. An open end means until further notice (not allowed in a SCIC).
 */
public record Mandate(long id, long bodyId, long personId, Long organisationId, MandateRole role, LocalDate startsOn,
                      LocalDate endsOn) {

    public boolean isCurrentOn(LocalDate date) {
        return !startsOn.isAfter(date) && (endsOn == null || !endsOn.isBefore(date));
    }
}
