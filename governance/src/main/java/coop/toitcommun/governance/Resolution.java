package coop.toitcommun.governance;

import java.math.BigDecimal;

/** The draft resolution of a decision item, with the majority that applies and whether the ballot is secret. */
public record Resolution(long itemId, String text, Majority majority, BigDecimal majorityPct, boolean secret) {
}
