package coop.toitcommun.membership;

/** Legal forms of the organisations that knock at the door. */
public enum LegalForm {
    ASSOCIATION, SCIC, SCOP, SCI, SAS, SARL, SA, INDIVIDUAL_COMPANY, LOCAL_AUTHORITY, FOUNDATION, MUTUAL, OTHER
}
