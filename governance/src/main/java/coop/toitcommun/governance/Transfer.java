package coop.toitcommun.governance;

import java.time.LocalDate;

/** Shares passing from one associate to another, with the approval decision that allowed it. */
public record Transfer(long fromAssociateId, long toAssociateId, int shares, String approval, LocalDate approvedOn,
                       LocalDate transferredOn) {
}
