package coop.toitcommun.venue;

import java.util.Collection;

import coop.toitcommun.membership.Role;

/** Who acts: a person, and whether they run the venue (staff: employees and admins). */
public record Actor(long personId, boolean staff) {

    /** The one place that says who the venue's staff are. */
    public static Actor of(long personId, Collection<Role> roles) {
        return new Actor(personId, roles.contains(Role.EMPLOYEE) || roles.contains(Role.ADMIN));
    }
}
