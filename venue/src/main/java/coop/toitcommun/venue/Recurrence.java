package coop.toitcommun.venue;

import java.time.LocalDate;

/** How a booking repeats: until a date or a number of times (one of them), at most one year ahead. */
public record Recurrence(Frequency frequency, LocalDate until, Integer count) {
}
