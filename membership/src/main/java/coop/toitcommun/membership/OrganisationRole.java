package coop.toitcommun.membership;

/** What a person is for an organisation. */
public enum OrganisationRole {
    LEGAL_REPRESENTATIVE, CONTACT, MEMBER
}
