package coop.toitcommun.governance;

import java.util.Optional;

/** A meeting's convocation and minutes, when they exist: what every page of the meeting shows in its header. */
public record MeetingPapers(Optional<Convocation> convocation, Optional<Minutes> minutes) {
}
