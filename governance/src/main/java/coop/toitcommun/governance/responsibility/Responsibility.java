package coop.toitcommun.governance.responsibility;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import coop.toitcommun.membership.PersonRef;

/**
 * A responsibility of the house as pages show it. {@code handoverNote} is empty unless {@code noteShown}: only the
 * holder, the backups and those who manage the register read it.
 */
public record Responsibility(long id, String title, PersonRef holder, List<PersonRef> backups, String handoverNote,
                             boolean noteShown, LocalDate reviewOn, Instant archivedAt, long version) {

    public boolean hasBackup() {
        return !backups.isEmpty();
    }

    public boolean archived() {
        return archivedAt != null;
    }

    /** The review date is behind us: the responsibility should be looked at again. */
    public boolean reviewPassed(LocalDate today) {
        return reviewOn.isBefore(today);
    }

    public boolean backedUpBy(long personId) {
        return backups.stream().anyMatch(backup -> backup.id() == personId);
    }
}
