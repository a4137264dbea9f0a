package coop.toitcommun.governance;

import java.time.LocalDate;
import java.util.Set;

/**
 * A legal entity running the house, with its statutes settings (those not tied to a kind of meeting).
 *
 * @param fiscalYearEnd month and day, {@code MM-DD}
 * @param shareNominalCents the nominal value of one share, for entities with capital
 */
public record LegalEntity(long id, String name, LegalForm legalForm, String siren, String address, String fiscalYearEnd,
                          Long shareNominalCents, int maxProxies, Set<MeetingMode> meetingModes,
                          EmptyCollegeRule emptyCollegeRule, SciVotes sciVotes, LocalDate lastCooperativeRevision) {

    /** The cooperative revision is due five years after the last one (SCIC only). */
    public LocalDate nextCooperativeRevision() {
        return lastCooperativeRevision == null ? null : lastCooperativeRevision.plusYears(5);
    }
}
