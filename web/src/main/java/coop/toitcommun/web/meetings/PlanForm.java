package coop.toitcommun.web.meetings;

import java.time.LocalDate;
import java.time.LocalTime;

import coop.toitcommun.governance.MeetingFormat;
import coop.toitcommun.governance.MeetingType;
import coop.toitcommun.governance.NewMeeting;
import coop.toitcommun.web.input.Text;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * The form planning a meeting. {@code place}: {@code ROOM} (a room of the house, booked for {@code organisationId}),
 * {@code ADDRESS} (outside) or {@code NONE} (video or written consultation only).
 */
record PlanForm(@NotNull MeetingType type, @NotBlank @Text(max = 200, column = "governance.meeting.title") String title,
                @NotNull LocalDate date,
                @NotNull LocalTime time, @NotNull @Min(5) @Max(1440) Integer durationMinutes, @NotNull MeetingFormat format,
                @NotBlank @Text(max = 10, column = Text.NOT_STORED) String place, Long roomId, Long organisationId,
                @Min(1) @Max(500) Integer attendees, @Text(max = 300, column = "governance.meeting.address") String address,
                @Text(max = 500, column = "governance.meeting.video_link") String videoLink, LocalDate answersDate,
                LocalTime answersTime, @NotNull Long chairId, @NotNull Long secretaryId, Long firstCallId) {

    /** The meeting as governance plans it (the address only for a place outside, the answers' deadline only in writing). */
    NewMeeting meeting(long bodyId) {
        boolean written = format == MeetingFormat.WRITTEN_CONSULTATION;
        return new NewMeeting(bodyId, type, firstCallId, title, date.atTime(time), durationMinutes, format,
            "ADDRESS".equals(place) ? address : null, videoLink,
            written && answersDate != null && answersTime != null ? answersDate.atTime(answersTime) : null, chairId, secretaryId);
    }

    MeetingPlace meetingPlace() {
        return new MeetingPlace(place, roomId, organisationId, attendees == null ? 1 : attendees);
    }

    static PlanForm empty(MeetingType type) {
        return new PlanForm(type, "", null, LocalTime.of(18, 0), 120, MeetingFormat.IN_PERSON, "ROOM", null, null, 20, "", "",
            null, null, null, null, null);
    }
}
