package coop.toitcommun.membership;

import java.time.Instant;

/** One line of the audit log: who did what, when, about which organisation, and why. */
public record AuditEntry(long id, Instant occurredAt, String actorName, String action, String organisationName,
                         String detail) {
}
