package coop.toitcommun.governance;

/**
 * Someone convened to a meeting: a person, or an organisation holding shares or membership. {@code votes}: one,
 * or the shares held in an SCI voting per share. {@code proxyHolderId}: the participant who represents them.
 */
public record Participant(long id, long meetingId, Long personId, Long organisationId, String name, Long collegeId,
                          String collegeName, int votes, int shares, Attendance attendance, Long proxyHolderId) {
}
