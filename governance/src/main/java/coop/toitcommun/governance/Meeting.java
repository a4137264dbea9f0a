package coop.toitcommun.governance;

import java.time.LocalDateTime;

/** A meeting of a body, its times in the house's local time. Its place: a booked room, an address or a video link. */
public record Meeting(long id, long entityId, long bodyId, MeetingType type, String title, int callNumber, Long firstCallId,
                      LocalDateTime start, int durationMinutes, MeetingFormat format, String roomName, Long bookingId,
                      String address, String videoLink, LocalDateTime answersUntil, long chairId, long secretaryId,
                      long createdBy, String cancelReason) {

    /** Cancelled meetings keep their page and history, with the reason; nothing more is done in them. */
    public boolean cancelled() {
        return cancelReason != null;
    }

    public LocalDateTime end() {
        return start.plusMinutes(durationMinutes);
    }

    public boolean isWritten() {
        return format == MeetingFormat.WRITTEN_CONSULTATION;
    }
}
