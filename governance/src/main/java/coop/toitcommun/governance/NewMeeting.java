package coop.toitcommun.governance;

import java.time.LocalDateTime;

/**
 * A meeting to plan, in the house's local time. {@code firstCallId}: set for a second call, the meeting whose
 * quorum was not reached. {@code answersUntil}: the deadline of a written consultation.
 */
public record NewMeeting(long bodyId, MeetingType type, Long firstCallId, String title, LocalDateTime start,
                         int durationMinutes, MeetingFormat format, String address, String videoLink,
                         LocalDateTime answersUntil, long chairId, long secretaryId) {
}
