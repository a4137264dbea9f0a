package coop.toitcommun.web.governance;

import coop.toitcommun.governance.Actor;
import coop.toitcommun.governance.EntityRights;
import coop.toitcommun.governance.GovernanceAccessDeniedException;
import coop.toitcommun.membership.HouseClock;
import coop.toitcommun.governance.Mandates;
import coop.toitcommun.web.security.SignedInPerson;
import org.springframework.stereotype.Component;

/**
 * The governance module's view of the signed-in person, and its answers for the pages: whether to show the forms
 * of those who run an entity, and who may read a body's board pages. The module refuses changes by itself.
 */
@Component
class GovernanceAccess {

    private final EntityRights rights;
    private final Mandates mandates;
    private final HouseClock calendar;

    GovernanceAccess(EntityRights rights, Mandates mandates, HouseClock calendar) {
        this.rights = rights;
        this.mandates = mandates;
        this.calendar = calendar;
    }

    static Actor actor(SignedInPerson person) {
        return Actor.of(person.getPersonId(), person.getRoles());
    }

    boolean canManage(SignedInPerson person, long entityId) {
        return rights.mayManage(actor(person), entityId);
    }

    /** The register's exports: for those who keep it. */
    void requireManage(SignedInPerson person, long entityId) {
        if (!canManage(person, entityId)) {
            throw new GovernanceAccessDeniedException("Not running entity " + entityId);
        }
    }

    /** The body's board pages: only for people holding a current mandate in that body. */
    void requireBoardMember(SignedInPerson person, long bodyId) {
        if (!mandates.isCurrentMember(person.getPersonId(), bodyId, calendar.today())) {
            throw new GovernanceAccessDeniedException("No current mandate in body " + bodyId);
        }
    }
}
