package coop.toitcommun.membership;

/** Published when co-founders reject an application; the reason goes to the representative. */
public record ApplicationRejected(Recipient representative, String organisationName, String reason) {
}
