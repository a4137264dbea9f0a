package coop.toitcommun.governance;

/** One line of the attendance sheet: how a participant attends and, when represented, who holds their proxy. */
public record AttendanceEntry(long participantId, Attendance attendance, Long proxyHolderId) {
}
