package coop.toitcommun.governance.responsibility;

import java.time.LocalDate;
import java.util.Set;

/** What the register records of a new responsibility: its first holder is the first line of its history. */
public record NewResponsibility(String title, long holderId, Set<Long> backupIds, String handoverNote, LocalDate reviewOn) {
}
