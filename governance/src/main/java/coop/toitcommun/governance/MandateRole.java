package coop.toitcommun.governance;

/** The role a person holds in a body. */
public enum MandateRole {
    CHAIR, VICE_CHAIR, TREASURER, SECRETARY, DIRECTOR, MANAGER, MEMBER
}
