package coop.toitcommun.membership;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Everything co-founders need to decide on an application. */
public record PendingApplication(long id, long organisationId, String name, LegalForm legalForm, EssStatus essStatus,
                                 LocalDate esusApprovedOn, String siret, String address, String postcode,
                                 String commune, String epci, String website, String description, Circle circle,
                                 String representativeName, String representativeEmail, String sponsorName,
                                 SponsorAnswer sponsorAnswer, String typedName, Instant signedAt, int charterNumber,
                                 String textSha256, Instant submittedAt, List<Approval> approvals,
                                 List<Duplicate> duplicates, List<EarlierApplication> earlier) {

    public boolean commercialWithoutEss() {
        return essStatus == EssStatus.COMMERCIAL_WITHOUT_ESS;
    }

    public boolean waitingForSponsor() {
        return sponsorName != null && sponsorAnswer == null;
    }

    public boolean approvedBy(long personId) {
        return approvals.stream().anyMatch(approval -> approval.cofounderId() == personId);
    }

    public record Approval(long cofounderId, String cofounderName, Instant approvedAt) {
    }

    /** Another organisation with the same SIRET or a similar name. */
    public record Duplicate(String name, OrganisationStatus status, boolean sameSiret) {
    }

    /** An earlier decided application of this organisation or of a look-alike. */
    public record EarlierApplication(String name, String status, Instant decidedAt, String reason) {
    }
}
