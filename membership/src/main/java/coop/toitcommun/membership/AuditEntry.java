package coop.toitcommun.membership;

import java.time.Instant;

/**
 * One line of the audit trail: when, which module, what kind of decision, who decided (null: the house itself),
 * about what, for which organisation, the values before and after, and why.
 */
public record AuditEntry(long id, Instant occurredAt, String module, String action, String actorName,
                         String subjectKind, Long subjectId, String subjectLabel, Long organisationId,
                         String organisationName, String before, String after, String detail) {
}
