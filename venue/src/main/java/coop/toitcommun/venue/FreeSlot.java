package coop.toitcommun.venue;

import java.time.LocalDateTime;

/** A free time in a room, in the venue's local time. */
public record FreeSlot(long roomId, String roomName, LocalDateTime start, LocalDateTime end) {
}
