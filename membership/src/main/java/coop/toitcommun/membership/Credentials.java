package coop.toitcommun.membership;

import java.util.Set;

/**
 * What signing in needs to know of an account. {@code passwordHash} is null before activation;
 * {@code securityVersion} is the one a session signed in now remembers.
 */
public record Credentials(long personId, String email, String displayName, String passwordHash,
                          boolean enabled, boolean locked, Set<Role> roles, Language language, long securityVersion) {
}
