package coop.toitcommun.governance;

/** An answer to a resolution in a written consultation. */
public enum Answer {
    FOR, AGAINST, ABSTAIN
}
