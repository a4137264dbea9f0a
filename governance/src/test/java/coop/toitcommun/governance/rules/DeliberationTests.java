package coop.toitcommun.governance.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import coop.toitcommun.governance.CollegeCount;
import coop.toitcommun.governance.EmptyCollegeRule;
import coop.toitcommun.governance.Majority;
import coop.toitcommun.governance.NoticeCheck;
import coop.toitcommun.governance.QuorumBasis;
import coop.toitcommun.governance.QuorumOutcome;
import coop.toitcommun.governance.VoteOutcome;
import org.junit.jupiter.api.Test;

/** Every expected value below is computed by hand in the comment next to it. */
class DeliberationTests {

    private static CollegeCount college(String name, String weight, int votesFor, int against, int abstain) {
        return new CollegeCount(name, new BigDecimal(weight), votesFor, against, abstain);
    }

    private static VoteOutcome simple(List<CollegeCount> counts) {
        return Deliberation.weightedVote(counts, EmptyCollegeRule.SHARE_PRO_RATA, Majority.SIMPLE, null);
    }

    @Test
    void equalWeightsAverageTheCollegesShares() {
        // 25 % each: 3/4, 1/2, 1/4, 1/1 → (0.75 + 0.5 + 0.25 + 1) / 4 = 2.5 / 4 = 62.5 %
        VoteOutcome outcome = simple(List.of(college("A", "25", 3, 1, 0), college("B", "25", 1, 1, 2),
            college("C", "25", 1, 3, 0), college("D", "25", 2, 0, 0)));
        assertThat(outcome.resultPct()).isEqualByComparingTo("62.50");
        assertThat(outcome.adopted()).isTrue();
        assertThat(outcome.formula()).isEqualTo("25 % × 3/4 + 25 % × 1/2 + 25 % × 1/4 + 25 % × 2/2 = 62.50 %");
    }

    @Test
    void fourCollegesWeighedTenTwentyThirtyForty() {
        // 10 % × 1/1 + 20 % × 1/1 + 30 % × 0/2 + 40 % × 1/4 = 0.10 + 0.20 + 0 + 0.10 = 40 % → rejected,
        // although raw votes are 4 for and 4 against out of 8 (a head count would be a tie)
        VoteOutcome outcome = simple(List.of(college("Fondateurs", "10", 1, 0, 0), college("Salariés", "20", 1, 0, 0),
            college("Usagers", "30", 0, 2, 1), college("Partenaires", "40", 1, 3, 0)));
        assertThat(outcome.resultPct()).isEqualByComparingTo("40.00");
        assertThat(outcome.adopted()).isFalse();
        // the other way round: 10 % × 0 + 20 % × 0 + 30 % × 1 + 40 % × 3/4 = 0.30 + 0.30 = 60 % → adopted
        VoteOutcome reversed = simple(List.of(college("Fondateurs", "10", 0, 1, 0), college("Salariés", "20", 0, 1, 0),
            college("Usagers", "30", 2, 0, 1), college("Partenaires", "40", 3, 1, 0)));
        assertThat(reversed.resultPct()).isEqualByComparingTo("60.00");
        assertThat(reversed.adopted()).isTrue();
    }

    @Test
    void aCollegeWithNoVoterHasItsWeightSharedProRata() {
        // Salariés (20 %) empty: the others weigh 10/80, 30/80, 40/80 = 12.5 %, 37.5 %, 50 %
        // 12.5 % × 1 + 37.5 % × 0 + 50 % × 1/2 = 12.5 + 25 = 37.5 % → rejected
        VoteOutcome outcome = simple(List.of(college("Fondateurs", "10", 2, 0, 0), college("Salariés", "20", 0, 0, 3),
            college("Usagers", "30", 0, 1, 0), college("Partenaires", "40", 1, 1, 0)));
        assertThat(outcome.effectiveWeights()).extracting(BigDecimal::toPlainString).containsExactly("12.50", "0.00", "37.50", "50.00");
        assertThat(outcome.resultPct()).isEqualByComparingTo("37.50");
        assertThat(outcome.adopted()).isFalse();
        assertThat(outcome.noDecision()).isFalse();

        // counted as against instead: 10 % × 1 + 20 % × 0 + 30 % × 0 + 40 % × 1/2 = 30 %
        VoteOutcome against = Deliberation.weightedVote(outcome.counts(), EmptyCollegeRule.COUNTS_AGAINST, Majority.SIMPLE, null);
        assertThat(against.resultPct()).isEqualByComparingTo("30.00");
        // or the statutes forbid a decision
        VoteOutcome none = Deliberation.weightedVote(outcome.counts(), EmptyCollegeRule.NO_DECISION, Majority.SIMPLE, null);
        assertThat(none.noDecision()).isTrue();
        assertThat(none.adopted()).isFalse();
    }

    @Test
    void aTieIsNotMoreThanHalf() {
        // 50 % × 1/1 + 50 % × 0/1 = exactly 50 % → not more than half
        VoteOutcome tie = simple(List.of(college("A", "50", 1, 0, 0), college("B", "50", 0, 1, 0)));
        assertThat(tie.resultPct()).isEqualByComparingTo("50.00");
        assertThat(tie.adopted()).isFalse();
        // without colleges: 5 for, 5 against, 3 abstentions (not expressed) → 5/10 = 50 % → rejected; 6/11 passes
        assertThat(simple(List.of(college("", "100", 5, 5, 3))).adopted()).isFalse();
        assertThat(simple(List.of(college("", "100", 6, 5, 0))).adopted()).isTrue();
    }

    @Test
    void twoThirdsOfAnExtraordinaryAssemblyIsReachedExactly() {
        // 2 for, 1 against: exactly 2/3 (66.67 % when rounded) → "at least two thirds" passes
        VoteOutcome exactly = Deliberation.weightedVote(List.of(college("", "100", 2, 1, 0)), EmptyCollegeRule.SHARE_PRO_RATA,
            Majority.TWO_THIRDS, null);
        assertThat(exactly.adopted()).isTrue();
        assertThat(exactly.resultPct()).isEqualByComparingTo("66.67");
        // 33.33 % × 1 + 33.33 % × 1 + 33.34 % × 0: 66.66 % → short of 2/3 though 2 of 3 colleges agree
        VoteOutcome weighted = Deliberation.weightedVote(List.of(college("A", "33.33", 1, 0, 0), college("B", "33.33", 1, 0, 0),
            college("C", "33.34", 0, 1, 0)), EmptyCollegeRule.SHARE_PRO_RATA, Majority.TWO_THIRDS, null);
        assertThat(weighted.resultPct()).isEqualByComparingTo("66.66");
        assertThat(weighted.adopted()).isFalse();
        // 20 for, 11 against: 20/31 = 64.5 % → rejected, though a simple majority
        assertThat(Deliberation.weightedVote(List.of(college("", "100", 20, 11, 0)), EmptyCollegeRule.SHARE_PRO_RATA,
            Majority.TWO_THIRDS, null).adopted()).isFalse();
    }

    @Test
    void nobodyVotingDecidesNothingAndUnanimityNeedsNoAgainst() {
        VoteOutcome nobody = simple(List.of(college("A", "50", 0, 0, 2), college("B", "50", 0, 0, 0)));
        assertThat(nobody.noDecision()).isTrue();
        assertThat(nobody.adopted()).isFalse();
        assertThat(Deliberation.weightedVote(List.of(college("", "100", 4, 0, 1)), EmptyCollegeRule.SHARE_PRO_RATA,
            Majority.UNANIMITY, null).adopted()).isTrue();
        assertThat(Deliberation.weightedVote(List.of(college("", "100", 4, 1, 0)), EmptyCollegeRule.SHARE_PRO_RATA,
            Majority.UNANIMITY, null).adopted()).isFalse();
        // custom 60 %: 3/5 is exactly 60 % → at least 60 % passes
        assertThat(Deliberation.weightedVote(List.of(college("", "100", 3, 2, 0)), EmptyCollegeRule.SHARE_PRO_RATA,
            Majority.CUSTOM, new BigDecimal("60")).adopted()).isTrue();
    }

    @Test
    void quorumOnFirstAndSecondCall() {
        // ordinary GA, first call, 1/5 of 23 associates = 4.6 → 5 needed; 4 present fails, 5 passes
        QuorumOutcome four = Deliberation.quorum(QuorumBasis.ASSOCIATES, 1, new BigDecimal("20"), 4, 23);
        assertThat(four.needed()).isEqualTo(5);
        assertThat(four.reached()).isFalse();
        assertThat(Deliberation.quorum(QuorumBasis.ASSOCIATES, 1, new BigDecimal("20"), 5, 23).reached()).isTrue();
        // second call of an ordinary GA: no quorum, even with 1 present
        QuorumOutcome second = Deliberation.quorum(QuorumBasis.ASSOCIATES, 2, BigDecimal.ZERO, 1, 23);
        assertThat(second.reached()).isTrue();
        assertThat(second.needed()).isZero();
        // extraordinary GA: 1/4 of 20 = 5 on first call, 1/5 of 20 = 4 on second call
        assertThat(Deliberation.quorum(QuorumBasis.ASSOCIATES, 1, new BigDecimal("25"), 4, 20).reached()).isFalse();
        assertThat(Deliberation.quorum(QuorumBasis.ASSOCIATES, 2, new BigDecimal("20"), 4, 20).reached()).isTrue();
        // board at half of 5 = 2.5 → 3 needed
        assertThat(Deliberation.quorum(QuorumBasis.MEMBERS, 1, new BigDecimal("50"), 2, 5).needed()).isEqualTo(3);
        // SCI by shares: 150 of 300 shares is exactly half → reached at 50 %
        assertThat(Deliberation.quorum(QuorumBasis.SHARES, 1, new BigDecimal("50"), 150, 300).reached()).isTrue();
    }

    @Test
    void proxyCap() {
        // statutes allow 2 proxies per holder: a holder with 0 or 1 may take another, with 2 may not
        assertThat(Deliberation.mayTakeProxy(0, 2)).isTrue();
        assertThat(Deliberation.mayTakeProxy(1, 2)).isTrue();
        assertThat(Deliberation.mayTakeProxy(2, 2)).isFalse();
        assertThat(Deliberation.mayTakeProxy(0, 0)).isFalse();
    }

    @Test
    void noticePeriod() {
        // meeting on 15 June, 15 days' notice: sent on 31 May (15 days before) is in time, 1 June is late
        LocalDate meeting = LocalDate.of(2027, 6, 15);
        NoticeCheck inTime = Deliberation.notice(LocalDate.of(2027, 5, 31), meeting, 15);
        assertThat(inTime.daysGiven()).isEqualTo(15);
        assertThat(inTime.inTime()).isTrue();
        assertThat(inTime.lastDay()).isEqualTo(LocalDate.of(2027, 5, 31));
        assertThat(Deliberation.notice(LocalDate.of(2027, 6, 1), meeting, 15).inTime()).isFalse();
        // board: 8 days
        assertThat(Deliberation.notice(LocalDate.of(2027, 6, 8), meeting, 8).inTime()).isFalse();
        assertThat(Deliberation.notice(LocalDate.of(2027, 6, 7), meeting, 8).inTime()).isTrue();
    }
}
