package coop.toitcommun.governance;

import java.math.BigDecimal;

/**
 * A column of the vote sheet: a college (or all voters, {@code college} empty) with its weight and the votes its
 * present and represented participants carry.
 */
public record Ballot(String college, Long collegeId, BigDecimal weightPct, int votingPower) {
}
