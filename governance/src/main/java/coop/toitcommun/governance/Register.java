package coop.toitcommun.governance;

import java.time.LocalDate;
import java.util.List;

/**
 * The register of an entity at a date: its lines, totals by category and by college, capital, highest
 * capital ever reached, redemptions waiting, and the rules of law the register does not meet today.
 */
public record Register(long entityId, LocalDate date, List<RegisterLine> lines, List<RegisterLine> former,
                       List<Total> byCategory, List<Total> byCollege, long capitalCents, long highestCapitalCents,
                       long publicBodiesCents, List<WaitingRedemption> waiting, List<Rule> unmet) {

    public int associates() {
        return lines.size();
    }
}
