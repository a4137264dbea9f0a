package coop.toitcommun.membership;

import java.time.Instant;

/** An exclusion procedure for a breach of the charter: grounds, the organisation's written answer, the decision. */
public record ExclusionProcedure(long id, long organisationId, String organisationName, String openedByName,
                                 Instant openedAt, String grounds, Instant answerDeadline, String answer,
                                 Instant answeredAt, Outcome outcome, String decisionReason, Instant decidedAt) {

    public enum Outcome { MAINTAINED, EXCLUDED }

    public boolean open() {
        return outcome == null;
    }
}
