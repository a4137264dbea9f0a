package coop.toitcommun.membership;

/** Whether an organisation belongs to the social and solidarity economy, and why. */
public enum EssStatus {
    /** Associations, cooperatives, mutuals and foundations belong to the ESS by their legal form. */
    ESS_BY_LEGAL_FORM,
    /** A company approved "entreprise solidaire d'utilité sociale", with the date of approval. */
    ESUS_APPROVED,
    /** A commercial company without ESS status: the house's stance is that capitalist companies are not welcome. */
    COMMERCIAL_WITHOUT_ESS
}
