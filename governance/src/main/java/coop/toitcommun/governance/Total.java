package coop.toitcommun.governance;

/** Associates present, shares and capital of one group (a category or a college) of a register. */
public record Total(String key, int associates, int shares, long capitalCents) {
}
