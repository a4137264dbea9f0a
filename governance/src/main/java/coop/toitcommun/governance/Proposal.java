package coop.toitcommun.governance;

import java.time.Instant;

/** An item a member of the body (or an associate, for a general assembly) proposes for the agenda. */
public record Proposal(long id, long meetingId, long proposedBy, String proposerName, String title, String description,
                       ProposalStatus status, String declineReason, Long itemId, Instant createdAt) {
}
