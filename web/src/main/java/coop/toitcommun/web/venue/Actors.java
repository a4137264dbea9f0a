package coop.toitcommun.web.venue;

import coop.toitcommun.venue.Actor;
import coop.toitcommun.web.security.SignedInPerson;

/** The venue's view of the signed-in person (the staff rule is venue's {@link Actor#of}). */
public final class Actors {

    private Actors() {
    }

    public static Actor of(SignedInPerson person) {
        return Actor.of(person.getPersonId(), person.getRoles());
    }

    public static boolean isStaff(SignedInPerson person) {
        return of(person).staff();
    }
}
