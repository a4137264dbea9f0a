package coop.toitcommun.web.meetings;

/**
 * Where a planned meeting is held: a room of the house ({@code ROOM}, booked for {@code organisationId} for
 * {@code attendees}), an address outside ({@code ADDRESS}) or nowhere ({@code NONE}: video or written consultation).
 */
record MeetingPlace(String kind, Long roomId, Long organisationId, int attendees) {

    boolean inRoom() {
        return "ROOM".equals(kind);
    }

    boolean outside() {
        return "ADDRESS".equals(kind);
    }

    boolean nowhere() {
        return "NONE".equals(kind);
    }
}
