package coop.toitcommun.governance;

import java.math.BigDecimal;

/**
 * Votes of one college on a resolution (or of all voters when there are no colleges, weight 100 %).
 * Abstentions are not votes expressed.
 */
public record CollegeCount(String college, BigDecimal weightPct, int votesFor, int votesAgainst, int abstentions) {

    public int expressed() {
        return votesFor + votesAgainst;
    }

    public int total() {
        return votesFor + votesAgainst + abstentions;
    }
}
