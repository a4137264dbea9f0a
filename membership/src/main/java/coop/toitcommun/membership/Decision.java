package coop.toitcommun.membership;

import java.util.Objects;

/**
 * One decision for the house's audit trail, as the module that took it describes it: which module, what kind
 * (a code such as {@code MANDATE_APPOINTED}, which pages translate), who decided (none for the house itself),
 * the subject (kind, id and a label frozen at the time, so that the line still reads once the subject has
 * changed), the organisation concerned when there is one, the values before and after, and a reason.
 */
public record Decision(String module, String kind, Long actorId, Long organisationId, String subjectKind,
                       Long subjectId, String subjectLabel, String before, String after, String detail) {

    public Decision {
        Objects.requireNonNull(module, "module");
        Objects.requireNonNull(kind, "kind");
    }

    public static Decision of(String module, String kind, Long actorId) {
        return new Decision(module, kind, actorId, null, null, null, null, null, null, null);
    }

    public Decision about(String kindOfSubject, long id, String label) {
        return new Decision(module, kind, actorId, organisationId, kindOfSubject, id, label, before, after, detail);
    }

    public Decision organisation(Long organisation) {
        return new Decision(module, kind, actorId, organisation, subjectKind, subjectId, subjectLabel, before, after,
            detail);
    }

    /** The values before and after the decision, written as text (null where there was none). */
    public Decision change(Object valueBefore, Object valueAfter) {
        return new Decision(module, kind, actorId, organisationId, subjectKind, subjectId, subjectLabel,
            valueBefore == null ? null : valueBefore.toString(), valueAfter == null ? null : valueAfter.toString(),
            detail);
    }

    public Decision detail(String reason) {
        return new Decision(module, kind, actorId, organisationId, subjectKind, subjectId, subjectLabel, before, after,
            reason == null || reason.isBlank() ? null : reason.trim());
    }
}
