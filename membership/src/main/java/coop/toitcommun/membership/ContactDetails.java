package coop.toitcommun.membership;

import java.util.Set;

/** A person to add to an organisation, with their role there and what they are for the house. */
public record ContactDetails(String displayName, String email, String phone, OrganisationRole role,
                             Set<PersonKind> kinds, boolean sharedWithMembers) {
}
