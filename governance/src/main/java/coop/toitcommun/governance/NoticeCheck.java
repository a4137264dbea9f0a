package coop.toitcommun.governance;

import java.time.LocalDate;

/** Whether a convocation sent on {@code sentOn} respects the statutory notice before {@code meetingOn}. */
public record NoticeCheck(LocalDate sentOn, LocalDate meetingOn, long daysGiven, int daysRequired) {

    public boolean inTime() {
        return daysGiven >= daysRequired;
    }

    /** The last day a convocation may be sent. */
    public LocalDate lastDay() {
        return meetingOn.minusDays(daysRequired);
    }
}
