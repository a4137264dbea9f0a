package coop.toitcommun.governance;

import java.math.BigDecimal;

/** A college as the statutes define it: a name and a weight in percent. */
public record CollegeWeight(String name, BigDecimal weightPct) {
}
