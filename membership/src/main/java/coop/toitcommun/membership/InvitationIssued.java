package coop.toitcommun.membership;

import java.time.Instant;

/** Published when an invitation token is created; the web module emails the link. */
public record InvitationIssued(long personId, String email, String displayName, Language language,
                               String token, Instant expiresAt) {
}
