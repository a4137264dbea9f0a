package coop.toitcommun.membership;

/** The circles of the house: founding members, those co-opted later, hosted organisations, partner places. */
public enum Circle {
    FOUNDING, SECOND, HOSTED, PARTNER_PLACE
}
