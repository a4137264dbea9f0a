package coop.toitcommun.membership;

import java.time.Instant;
import java.util.List;

/** Published when an organisation's representatives must be reminded to re-sign the charter. */
public record ResignatureReminder(String organisationName, int charterNumber, Instant deadline, long daysLeft,
                                  List<Recipient> representatives) {
}
