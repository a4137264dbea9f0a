package coop.toitcommun.governance;

/**
 * An item the agenda builder suggests: an unfinished item of the body's previous meeting
 * ({@code fromItemId}), or the approval of that meeting's minutes ({@code fromItemId} null).
 */
public record Suggestion(long previousMeetingId, String previousTitle, Long fromItemId, String title) {

    public boolean approvesMinutes() {
        return fromItemId == null;
    }
}
