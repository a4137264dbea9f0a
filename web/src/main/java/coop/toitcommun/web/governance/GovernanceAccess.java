package coop.toitcommun.web.governance;

import coop.toitcommun.governance.Actor;
import coop.toitcommun.governance.EntityRights;
import coop.toitcommun.web.security.SignedInPerson;
import org.springframework.stereotype.Component;

/**
 * The governance module's view of the signed-in person, and one answer for the pages: whether to show the forms of
 * those who run an entity. The module refuses by itself what the person may not change or read.
 */
@Component
class GovernanceAccess {

    private final EntityRights rights;

    GovernanceAccess(EntityRights rights) {
        this.rights = rights;
    }

    static Actor actor(SignedInPerson person) {
        return Actor.of(person.getPersonId(), person.getRoles());
    }

    boolean canManage(SignedInPerson person, long entityId) {
        return rights.mayManage(actor(person), entityId);
    }
}
