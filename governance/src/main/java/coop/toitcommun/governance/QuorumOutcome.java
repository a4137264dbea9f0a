package coop.toitcommun.governance;

import java.math.BigDecimal;

/**
 * Quorum of a meeting: {@code present} (present or represented, counted on {@code basis}) out of {@code total};
 * {@code needed} is the smallest count that reaches {@code requiredPct} of the total.
 */
public record QuorumOutcome(boolean reached, QuorumBasis basis, int callNumber, BigDecimal requiredPct, long present,
                            long total, long needed) {
}
