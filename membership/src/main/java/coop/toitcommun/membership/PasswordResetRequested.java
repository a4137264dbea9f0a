package coop.toitcommun.membership;

import java.time.Instant;

/** Published when a known, enabled account asks for a password reset; the web module emails the link. */
public record PasswordResetRequested(long personId, String email, String displayName, Language language,
                                     String token, Instant expiresAt) {
}
