package coop.toitcommun.governance;

/** A mandate with the names a page shows: who holds it, for which organisation, in which body of which entity. */
public record HeldMandate(Mandate mandate, String personName, String organisationName, Body body, String entityName) {
}
