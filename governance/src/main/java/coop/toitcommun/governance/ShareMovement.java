package coop.toitcommun.governance;

import java.time.LocalDate;

/**
 * A subscription, transfer or redemption of shares. Amounts in cents. A redemption is requested on
 * {@code requestedOn} and paid on {@code occurredOn}; while it waits, {@code occurredOn} is its request date.
 */
public record ShareMovement(long id, MovementKind kind, long associateId, Long toAssociateId, int shares,
                            long nominalCents, Long paidUpCents, LocalDate paidOn, String approval, LocalDate approvedOn,
                            LocalDate requestedOn, LocalDate occurredOn, MovementStatus status, Rule waitingReason) {

    public long amountCents() {
        return shares * nominalCents;
    }
}
