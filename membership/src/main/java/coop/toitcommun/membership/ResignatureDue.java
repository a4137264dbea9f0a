package coop.toitcommun.membership;

import java.time.Instant;

/** A member organisation that must re-sign the current charter version before the deadline. */
public record ResignatureDue(long organisationId, String organisationName, int charterNumber, Instant deadline,
                             boolean suspended) {
}
