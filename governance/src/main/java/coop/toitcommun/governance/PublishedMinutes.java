package coop.toitcommun.governance;

/** Signed minutes as the dashboard lists them: the meeting they record and its title. */
public record PublishedMinutes(long meetingId, String title) {
}
