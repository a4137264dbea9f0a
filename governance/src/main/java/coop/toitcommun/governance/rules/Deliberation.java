package coop.toitcommun.governance.rules;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import coop.toitcommun.governance.CollegeCount;
import coop.toitcommun.governance.EmptyCollegeRule;
import coop.toitcommun.governance.Majority;
import coop.toitcommun.governance.NoticeCheck;
import coop.toitcommun.governance.QuorumBasis;
import coop.toitcommun.governance.QuorumOutcome;
import coop.toitcommun.governance.VoteOutcome;

/**
 * The arithmetic of a meeting, as pure functions: weighted votes by college (rule 7 of the SCIC), quorum,
 * proxies and notice. Thresholds are compared on exact fractions: a tie at exactly 50 % is not "more than
 * half", exactly two thirds is "at least two thirds".
 */
public final class Deliberation {

    private Deliberation() {
    }

    /**
     * For each college c, {@code p_c = for_c / expressed_c}; the result is {@code Σ w_c · p_c}. A college where
     * nobody expressed a vote is handled as the statutes say: its weight shared among the others pro rata,
     * counted as against, or no decision. Without colleges, pass one count of weight 100.
     */
    public static VoteOutcome weightedVote(List<CollegeCount> counts, EmptyCollegeRule emptyRule, Majority majority,
                                           BigDecimal customPct) {
        Fraction threshold = threshold(majority, customPct);
        boolean strict = majority == Majority.SIMPLE;
        BigDecimal thresholdPct = threshold.toPercent();
        boolean nobody = counts.stream().allMatch(c -> c.expressed() == 0);
        boolean someEmpty = counts.stream().anyMatch(c -> c.expressed() == 0);
        if (nobody || (someEmpty && emptyRule == EmptyCollegeRule.NO_DECISION)) {
            List<BigDecimal> weights = counts.stream().map(CollegeCount::weightPct).toList();
            return new VoteOutcome(false, true, BigDecimal.ZERO.setScale(2), majority, thresholdPct, strict, counts, weights, "");
        }
        Fraction activeWeight = Fraction.ZERO;
        for (CollegeCount count : counts) {
            if (count.expressed() > 0 || emptyRule == EmptyCollegeRule.COUNTS_AGAINST) {
                activeWeight = activeWeight.plus(Fraction.percent(count.weightPct()));
            }
        }
        Fraction result = Fraction.ZERO;
        List<BigDecimal> effective = new ArrayList<>();
        List<String> terms = new ArrayList<>();
        for (CollegeCount count : counts) {
            boolean weighs = count.expressed() > 0 || emptyRule == EmptyCollegeRule.COUNTS_AGAINST;
            if (!weighs) {
                effective.add(BigDecimal.ZERO.setScale(2));
                continue;
            }
            Fraction weight = Fraction.percent(count.weightPct()).dividedBy(activeWeight);
            Fraction share = count.expressed() == 0 ? Fraction.ZERO : Fraction.of(count.votesFor(), count.expressed());
            result = result.plus(weight.times(share));
            effective.add(weight.toPercent());
            terms.add(weight.toPercent().stripTrailingZeros().toPlainString() + " % × " + count.votesFor() + "/" + count.expressed());
        }
        boolean adopted;
        if (majority == Majority.UNANIMITY) {
            adopted = counts.stream().allMatch(c -> c.votesAgainst() == 0) && counts.stream().anyMatch(c -> c.votesFor() > 0);
        } else {
            int comparison = result.compareTo(threshold);
            adopted = strict ? comparison > 0 : comparison >= 0;
        }
        String formula = String.join(" + ", terms) + " = " + result.toPercent().toPlainString() + " %";
        return new VoteOutcome(adopted, false, result.toPercent(), majority, thresholdPct, strict, counts, effective, formula);
    }

    /** The share of votes expressed a resolution needs: more than 1/2, at least 2/3, at least a custom percentage, or all. */
    public static Fraction threshold(Majority majority, BigDecimal customPct) {
        switch (majority) {
            case SIMPLE:
                return Fraction.of(1, 2);
            case TWO_THIRDS:
                return Fraction.of(2, 3);
            case CUSTOM:
                return Fraction.percent(customPct);
            default:
                return Fraction.ONE;
        }
    }

    /**
     * Quorum reached when those present or represented are at least {@code requiredPct} of the total; a
     * required 0 % means no quorum (second call of an ordinary GA).
     */
    public static QuorumOutcome quorum(QuorumBasis basis, int callNumber, BigDecimal requiredPct, long present, long total) {
        Fraction required = Fraction.percent(requiredPct);
        BigInteger neededExact = BigInteger.valueOf(total).multiply(required.numerator());
        BigInteger[] division = neededExact.divideAndRemainder(required.denominator());
        long needed = division[0].longValue() + (division[1].signum() > 0 ? 1 : 0);
        boolean reached = required.isZero() || (total > 0 && present >= needed);
        return new QuorumOutcome(reached, basis, callNumber, requiredPct, present, total, needed);
    }

    /** Whether a holder already carrying {@code held} proxies may take one more, with the statutes' maximum. */
    public static boolean mayTakeProxy(int held, int maxProxies) {
        return held < maxProxies;
    }

    /** Days between sending and the meeting, against the statutory notice. */
    public static NoticeCheck notice(LocalDate sentOn, LocalDate meetingOn, int noticeDays) {
        return new NoticeCheck(sentOn, meetingOn, ChronoUnit.DAYS.between(sentOn, meetingOn), noticeDays);
    }
}
