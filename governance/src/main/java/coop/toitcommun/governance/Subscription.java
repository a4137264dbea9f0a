package coop.toitcommun.governance;

import java.time.LocalDate;

/** An associate subscribes shares (at the entity's nominal value): number, amount paid up and when. */
public record Subscription(long associateId, int shares, long paidUpCents, LocalDate paidOn, LocalDate subscribedOn) {
}
