package coop.toitcommun.venue;

import java.time.LocalDateTime;

/** A stretch of time in the venue's local time, end excluded. */
public record TimeSpan(LocalDateTime start, LocalDateTime end) {
}
