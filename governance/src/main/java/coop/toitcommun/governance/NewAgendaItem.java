package coop.toitcommun.governance;

import java.math.BigDecimal;

/**
 * An agenda item to add. A decision carries its draft resolution; {@code majority} null means the statutes'
 * majority for the kind of meeting.
 */
public record NewAgendaItem(String title, String description, AgendaItemKind kind, Long presenterId, int plannedMinutes,
                            String resolutionText, Majority majority, BigDecimal majorityPct, boolean secret) {
}
