package coop.toitcommun.venue;

/** A registration holds its places, waits for places to free up, or was cancelled by its owner. */
public enum RegistrationStatus {
    CONFIRMED, WAITING, CANCELLED
}
