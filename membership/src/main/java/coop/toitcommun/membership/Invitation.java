package coop.toitcommun.membership;

import java.util.Set;

/** An admin's request to open an account for someone. */
public record Invitation(String email, String displayName, Language language, Set<Role> roles) {
}
