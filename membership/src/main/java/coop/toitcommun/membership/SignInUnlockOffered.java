package coop.toitcommun.membership;

import java.time.Instant;

/** Published when an account's failed sign-ins reached the ceiling; the web module emails its owner the link. */
public record SignInUnlockOffered(String email, String displayName, Language language, String token, Instant expiresAt) {
}
