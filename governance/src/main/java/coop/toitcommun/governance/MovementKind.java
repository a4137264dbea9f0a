package coop.toitcommun.governance;

/** Share movements in a register. */
public enum MovementKind {
    SUBSCRIPTION, TRANSFER, REDEMPTION
}
