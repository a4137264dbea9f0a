package coop.toitcommun.governance.responsibility;

import java.time.LocalDate;
import java.util.List;

import coop.toitcommun.membership.Recipient;

/** The review date of a responsibility has passed: its holder and those who manage the register are told, once. */
public record ReviewPassed(long responsibilityId, String title, String holderName, LocalDate reviewOn,
                           List<Recipient> recipients) {
}
