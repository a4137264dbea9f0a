package coop.toitcommun.membership;

/** What a person is for the house, besides their organisations' roles: they may be several at once. */
public enum PersonKind {
    VOLUNTEER, EMPLOYEE, RESIDENT
}
