package coop.toitcommun.membership;

/**
 * An application to join: the organisation's card, its representative, the circle asked for (with a sponsoring
 * member organisation for the second circle) and the representative's signature of the current charter.
 */
public record JoinRequest(OrganisationDetails organisation, String representativeName, String representativeEmail,
                          String representativePhone, Language language, Circle circle, Long sponsorId,
                          Signature signature) {
}
