package coop.toitcommun.governance;

import java.time.LocalDate;

/**
 * Something an entity must do by a date: renew a mandate, have its cooperative revision, declare a board
 * change to the prefecture. {@code reminderId} is set for items that can be marked done; {@code bodyId} names the body
 * whose mandate ends (mandate ends only).
 */
public record Deadline(long entityId, String entityName, LocalDate due, Kind kind, String subject, Long reminderId,
                       Long bodyId) {

    public enum Kind { MANDATE_END, COOPERATIVE_REVISION, PREFECTURE_DECLARATION }
}
