package coop.toitcommun.governance;

import java.math.BigDecimal;
import java.util.List;

/**
 * A resolution's result. {@code resultPct} is the weighted share of votes for among votes expressed (rounded for
 * display; the decision itself is taken on exact fractions). {@code strict}: the result must be more than the
 * threshold (simple majority) rather than at least (two thirds, custom). {@code effectiveWeights} are the
 * colleges' weights once an empty college's weight is shared out. {@code noDecision}: nobody expressed a vote,
 * or a college was empty where the statutes then forbid a decision.
 */
public record VoteOutcome(boolean adopted, boolean noDecision, BigDecimal resultPct, Majority majority,
                          BigDecimal thresholdPct, boolean strict, List<CollegeCount> counts,
                          List<BigDecimal> effectiveWeights, String formula) {
}
