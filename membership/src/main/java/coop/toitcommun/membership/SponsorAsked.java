package coop.toitcommun.membership;

import java.util.List;

/** Published when an applicant names a sponsor: the sponsor's representatives confirm or decline from their dashboard. */
public record SponsorAsked(List<Recipient> sponsorRepresentatives, String sponsorName, String applicantName) {
}
