package coop.toitcommun.governance;

/** What a quorum counts. A SCIC counts associates, never capital. */
public enum QuorumBasis {
    ASSOCIATES, SHARES, MEMBERS
}
