package coop.toitcommun.governance;

/** An associate with the shares held, their value and what was paid up, at the register's date. */
public record RegisterLine(Associate associate, String collegeName, int shares, long capitalCents, long paidUpCents) {
}
