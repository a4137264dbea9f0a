package coop.toitcommun.web.venue;

import coop.toitcommun.membership.Role;
import coop.toitcommun.venue.Actor;
import coop.toitcommun.web.security.SignedInPerson;

/** The venue's view of the signed-in person: employees and admins run the venue. */
public final class Actors {

    private Actors() {
    }

    public static Actor of(SignedInPerson person) {
        return new Actor(person.getPersonId(), isStaff(person));
    }

    public static boolean isStaff(SignedInPerson person) {
        return person.has(Role.EMPLOYEE) || person.has(Role.ADMIN);
    }
}
