package coop.toitcommun.membership;

import java.time.Instant;
import java.util.Set;

/** An account as pages show it. {@code activated} is false while the invitation is not accepted. */
public record AccountView(long personId, String displayName, String email, Language language, Set<Role> roles,
                          boolean enabled, boolean locked, boolean activated, Instant createdAt) {
}
