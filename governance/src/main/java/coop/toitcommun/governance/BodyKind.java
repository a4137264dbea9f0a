package coop.toitcommun.governance;

/** Kinds of body of an entity. */
public enum BodyKind {
    GENERAL_ASSEMBLY, BOARD, EXECUTIVE_COMMITTEE, MANAGEMENT, CUSTOM;

    /** Bodies whose current members run the entity: they keep its register and its mandates. */
    public boolean runsTheEntity() {
        return this == BOARD || this == EXECUTIVE_COMMITTEE || this == MANAGEMENT;
    }
}
