package coop.toitcommun.membership;

import java.time.Instant;

/** Published when a new charter version replaces the previous one and members must re-sign by the deadline. */
public record CharterPublished(int number, Instant deadline) {
}
