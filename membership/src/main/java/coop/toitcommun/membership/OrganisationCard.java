package coop.toitcommun.membership;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An organisation's full card, with its dated status history, for the people who may see it. The version travels
 * in the edit form so that a change made meanwhile by someone else is not overwritten.
 */
public record OrganisationCard(long id, String name, LegalForm legalForm, EssStatus essStatus, LocalDate esusApprovedOn,
                               String siret, String address, String postcode, String commune, Long epciId,
                               String epciName, String website, String description, boolean inDirectory, boolean inNetwork,
                               Circle circle, OrganisationStatus status, long version,
                               List<StatusChange> history) {

    public OrganisationDetails details() {
        return new OrganisationDetails(name, legalForm, essStatus, esusApprovedOn, siret, address, postcode, commune,
            epciId, website, description, inDirectory, inNetwork);
    }

    public record StatusChange(OrganisationStatus status, Instant changedAt) {
    }
}
