package coop.toitcommun.governance.responsibility;

import java.util.Collection;

import coop.toitcommun.membership.Role;

/**
 * Who acts on the register of responsibilities: co-founders and admins manage it ({@code manages}); anyone with a
 * role in the house (member, volunteer, employee…) reads it ({@code ofTheHouse}); an account without any role reads
 * nothing. The handover note is read by the holder, the backups and those who manage ({@link Responsibility#noteShown()}).
 */
public record HouseActor(long personId, boolean manages, boolean ofTheHouse) {

    public static HouseActor of(long personId, Collection<Role> roles) {
        return new HouseActor(personId, roles.contains(Role.COFOUNDER) || roles.contains(Role.ADMIN), !roles.isEmpty());
    }

    public boolean reads() {
        return manages || ofTheHouse;
    }
}
