package coop.toitcommun.membership;

/** Published when an organisation applies: its representative is told what happens next. */
public record ApplicationReceived(Recipient representative, String organisationName, Circle circle, String sponsorName) {
}
