package coop.toitcommun.membership;

import java.util.List;

/** Published when co-founders decide an exclusion procedure, with the reason. */
public record ExclusionDecided(List<Recipient> representatives, String organisationName,
                               ExclusionProcedure.Outcome outcome, String reason) {
}
