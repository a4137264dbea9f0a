package coop.toitcommun.web.governance;

import coop.toitcommun.governance.GovernanceCalendar;
import coop.toitcommun.governance.Mandates;
import coop.toitcommun.membership.Role;
import coop.toitcommun.web.security.SignedInPerson;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may do what on governance pages. Board rights come from current mandates only; admins may also keep
 * an entity's register and mandates (to set the application up), but never open a body's board pages.
 */
@Component
class GovernanceAccess {

    private final Mandates mandates;
    private final GovernanceCalendar calendar;

    GovernanceAccess(Mandates mandates, GovernanceCalendar calendar) {
        this.mandates = mandates;
        this.calendar = calendar;
    }

    /** Sits today on a body that runs the entity (board, executive committee, management), or is an admin. */
    boolean canManage(SignedInPerson person, long entityId) {
        return person.has(Role.ADMIN) || mandates.runsEntity(person.getPersonId(), entityId, calendar.today());
    }

    void requireManage(SignedInPerson person, long entityId) {
        if (!canManage(person, entityId)) {
            throw new AccessDeniedException("Not running entity " + entityId);
        }
    }

    /** The body's board pages: only for people holding a current mandate in that body. */
    void requireBoardMember(SignedInPerson person, long bodyId) {
        if (!mandates.isCurrentMember(person.getPersonId(), bodyId, calendar.today())) {
            throw new AccessDeniedException("No current mandate in body " + bodyId);
        }
    }
}
