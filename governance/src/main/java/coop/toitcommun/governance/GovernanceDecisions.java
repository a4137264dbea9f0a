package coop.toitcommun.governance;

import java.util.Locale;

import coop.toitcommun.membership.Decision;

/** How governance names its decisions in the house's audit trail (membership's {@code AuditLog}). */
final class GovernanceDecisions {

    private GovernanceDecisions() {
    }

    static Decision by(String kind, Actor actor) {
        return Decision.of("governance", kind, actor.personId());
    }

    static Decision by(String kind, long personId) {
        return Decision.of("governance", kind, personId);
    }

    /** A subject's label: its entity, then what it is within it. */
    static String label(LegalEntity entity, String what) {
        return what == null ? entity.name() : entity.name() + " · " + what;
    }

    static String euros(Long cents) {
        return cents == null ? null : String.format(Locale.ROOT, "%d.%02d €", cents / 100, Math.abs(cents % 100));
    }
}
