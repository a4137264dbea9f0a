package coop.toitcommun.web.responsibility;

import java.util.LinkedHashSet;
import java.util.Set;

import coop.toitcommun.governance.responsibility.Handover;
import coop.toitcommun.governance.responsibility.Responsibility;
import coop.toitcommun.membership.PersonRef;
import coop.toitcommun.web.input.Text;
import jakarta.validation.constraints.NotNull;

/** Handing a responsibility over: the new holder, the backups from now on, a note kept in the history. */
record HandoverForm(@NotNull Long holder, Set<Long> backups,
                    @Text(max = 1000, column = "governance.responsibility_handover.note") String note,
                    Long version) {

    /** The current backups stay ticked; the previous holder may tick themselves. */
    static HandoverForm of(Responsibility responsibility) {
        Set<Long> backups = new LinkedHashSet<>();
        responsibility.backups().stream().map(PersonRef::id).forEach(backups::add);
        return new HandoverForm(null, backups, "", responsibility.version());
    }

    HandoverForm atVersion(long current) {
        return new HandoverForm(holder, backups, note, current);
    }

    Handover toHandover() {
        return new Handover(holder, backups(), note, version == null ? -1 : version);
    }

    @Override
    public Set<Long> backups() {
        return backups == null ? Set.of() : backups;
    }
}
