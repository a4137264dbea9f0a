package coop.toitcommun.governance;

/** A redemption may wait while it would take capital below a quarter of the highest ever reached. */
public enum MovementStatus {
    DONE, WAITING
}
