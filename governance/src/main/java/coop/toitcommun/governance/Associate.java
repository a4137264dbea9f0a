package coop.toitcommun.governance;

import java.time.LocalDate;

/** A line of the register of associates (or of members, for an association). */
public record Associate(long id, long entityId, Holder holder, String holderName, AssociateCategory category,
                        Long collegeId, LocalDate entryDate, LocalDate exitDate, String exitReason) {

    public boolean isMemberOn(LocalDate date) {
        return !entryDate.isAfter(date) && (exitDate == null || exitDate.isAfter(date));
    }
}
