package coop.toitcommun.membership;

import java.time.Instant;
import java.util.List;

/** Published when co-founders open an exclusion procedure: the representatives are notified of the grounds. */
public record ExclusionOpened(List<Recipient> representatives, String organisationName, String grounds,
                              Instant answerDeadline) {
}
