package coop.toitcommun.governance;

/** Legal form of an entity; a SCIC is an SA, SAS or SARL with variable capital. */
public enum LegalForm {
    SCIC_SA, SCIC_SAS, SCIC_SARL, SCI, ASSOCIATION, OTHER;

    public boolean isScic() {
        return this == SCIC_SA || this == SCIC_SAS || this == SCIC_SARL;
    }

    /** Whether the register counts shares and capital (companies) rather than members paying dues. */
    public boolean hasShares() {
        return isScic() || this == SCI;
    }
}
