package coop.toitcommun.governance;

import java.time.LocalDate;

/** A member of an association during a year, with the dues recorded for that year (if any). */
public record MemberOfYear(Associate associate, Long duesCents, LocalDate paidOn) {
}
