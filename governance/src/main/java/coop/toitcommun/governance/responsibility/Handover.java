package coop.toitcommun.governance.responsibility;

import java.util.Set;

/**
 * Handing a responsibility, read at {@code version}, to a new holder, with its backups from now on (the new holder is
 * never their own backup) and a note kept in the history.
 */
public record Handover(long toHolderId, Set<Long> backupIds, String note, long version) {
}
