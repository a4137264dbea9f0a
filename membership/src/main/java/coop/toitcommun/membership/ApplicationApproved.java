package coop.toitcommun.membership;

/**
 * Published when an application is approved. A representative without an account receives the invitation
 * email instead ({@link InvitationIssued}); {@code invited} says which.
 */
public record ApplicationApproved(Recipient representative, String organisationName, boolean invited) {
}
