package coop.toitcommun.governance;

import java.math.BigDecimal;

/**
 * Quorum, majority and notice of one kind of meeting, as the statutes set them.
 *
 * @param quorumFirstPct share of {@code quorumBasis} present or represented on first call (0 = none)
 * @param quorumSecondPct the same on second call
 * @param majorityPct only for {@link Majority#CUSTOM}
 */
public record MeetingRule(MeetingKind kind, BigDecimal quorumFirstPct, BigDecimal quorumSecondPct, QuorumBasis quorumBasis,
                          Majority majority, BigDecimal majorityPct, int noticeDays) {
}
