package coop.toitcommun.membership;

import java.time.Instant;

/** An application naming an organisation this person represents as sponsor, awaiting its answer. */
public record SponsorRequest(long applicationId, String applicantName, String applicantDescription,
                             String sponsorName, Instant submittedAt) {
}
