package coop.toitcommun.governance;

import java.util.Collection;

import coop.toitcommun.membership.Role;

/**
 * Who acts on an entity: a person, and whether they are an admin of the house. Admins may set an entity up
 * (register, mandates, statutes settings); everybody else needs a current mandate on a body that runs it.
 */
public record Actor(long personId, boolean admin) {

    public static Actor of(long personId, Collection<Role> roles) {
        return new Actor(personId, roles.contains(Role.ADMIN));
    }
}
