package coop.toitcommun.governance;

import java.time.LocalDate;

/** An associate subscribes shares: number, nominal value, amount paid up and when. */
public record Subscription(long associateId, int shares, long nominalCents, long paidUpCents, LocalDate paidOn,
                           LocalDate subscribedOn) {
}
