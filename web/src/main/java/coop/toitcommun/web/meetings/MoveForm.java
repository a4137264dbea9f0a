package coop.toitcommun.web.meetings;

import java.time.LocalDate;
import java.time.LocalTime;

import coop.toitcommun.governance.Meeting;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** The form moving a meeting: its new day, time and length, and another room when its own is taken then. */
record MoveForm(@NotNull LocalDate date, @NotNull LocalTime time, @NotNull @Min(5) @Max(1440) Integer durationMinutes,
                Long roomId) {

    static MoveForm of(Meeting meeting) {
        return new MoveForm(meeting.start().toLocalDate(), meeting.start().toLocalTime(), meeting.durationMinutes(), null);
    }
}
