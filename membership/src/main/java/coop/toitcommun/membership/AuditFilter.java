package coop.toitcommun.membership;

import java.time.Instant;

/**
 * What a reader of the audit trail asks for; every part may be empty. {@code organisationId} set means only the
 * decisions that concern that organisation (what its members may read); {@code person} matches the name of the
 * one who decided.
 */
public record AuditFilter(String module, String kind, String person, Long organisationId, Instant from,
                          Instant until) {

    public static AuditFilter everything() {
        return new AuditFilter(null, null, null, null, null, null);
    }

    public AuditFilter forOrganisation(long organisation) {
        return new AuditFilter(module, kind, person, organisation, from, until);
    }
}
