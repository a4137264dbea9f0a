package coop.toitcommun.membership;

/** What other modules need to know of an organisation. */
public record OrganisationRef(long id, String name, OrganisationStatus status, Circle circle) {
}
