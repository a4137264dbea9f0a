package coop.toitcommun.membership;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/** A person linked to an organisation, and whether other members may see them in the directory. */
public record Contact(long personId, String displayName, String email, String phone, OrganisationRole role,
                      Set<PersonKind> kinds, boolean sharedWithMembers) {

    /** Kinds are stored as a comma-separated list of names. */
    static Set<PersonKind> kindsOf(String stored) {
        Set<PersonKind> kinds = EnumSet.noneOf(PersonKind.class);
        if (stored != null && !stored.isBlank()) {
            Arrays.stream(stored.split(",")).map(String::trim).map(PersonKind::valueOf).forEach(kinds::add);
        }
        return kinds;
    }

    static String stored(Set<PersonKind> kinds) {
        return kinds == null ? "" : String.join(",", kinds.stream().sorted().map(Enum::name).toList());
    }
}
