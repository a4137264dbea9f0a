package coop.toitcommun.governance;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import coop.toitcommun.membership.HouseClock;

/**
 * Who may change an entity: an admin, or a person who sits today on a body that runs it (board, executive
 * committee, management). Every change to an entity, its register, bodies and mandates asks here first.
 */
@Component
public class EntityRights {

    private final JdbcClient jdbc;
    private final HouseClock calendar;

    EntityRights(JdbcClient jdbc, HouseClock calendar) {
        this.jdbc = jdbc;
        this.calendar = calendar;
    }

    public boolean mayManage(Actor actor, long entityId) {
        if (actor.admin()) {
            return true;
        }
        return jdbc.sql("SELECT kind FROM (" + Mandates.BODIES_HELD + ") held WHERE entity_id = :entity")
            .param("person", actor.personId()).param("date", calendar.today()).param("entity", entityId)
            .query(String.class).list().stream().anyMatch(kind -> BodyKind.valueOf(kind).runsTheEntity());
    }

    void requireManage(Actor actor, long entityId) {
        if (!mayManage(actor, entityId)) {
            throw new GovernanceAccessDeniedException("Person " + actor.personId() + " does not run entity " + entityId);
        }
    }
}
