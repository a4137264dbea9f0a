package coop.toitcommun.governance.responsibility;

import java.time.LocalDate;
import java.util.Set;

/**
 * A change to a responsibility, read at {@code version}: everything but its holder, who changes only by a handover.
 */
public record ResponsibilityChange(String title, Set<Long> backupIds, String handoverNote, LocalDate reviewOn, long version) {
}
