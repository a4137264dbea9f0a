package coop.toitcommun.venue;

import java.time.ZonedDateTime;

/** A closure; {@code roomId} and {@code roomName} null when the whole house closes. */
public record ClosureView(long id, Long roomId, String roomName, ZonedDateTime start, ZonedDateTime end, String reason) {
}
