package coop.toitcommun.membership;

/** A person linked to an organisation, and whether other members may see them in the directory. */
public record Contact(long personId, String displayName, String email, String phone, OrganisationRole role,
                      boolean sharedWithMembers) {
}
