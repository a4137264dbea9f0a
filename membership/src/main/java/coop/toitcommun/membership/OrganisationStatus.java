package coop.toitcommun.membership;

/** Where an organisation stands with the house. */
public enum OrganisationStatus {
    APPLICANT, MEMBER, RESIGNATURE_DUE, SUSPENDED, EXCLUDED, LEFT;

    /** Members, including those whose re-signature of a new charter version is due, use the house. */
    public boolean usesTheHouse() {
        return this == MEMBER || this == RESIGNATURE_DUE;
    }
}
