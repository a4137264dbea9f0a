package coop.toitcommun.membership;

import java.time.Clock;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The append-only record of the door's decisions; the database refuses to change or delete a line. */
@Service
public class AuditLog {

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records within the caller's transaction: the entry exists exactly when the decision does. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(Long actorId, String action, Long organisationId, String detail) {
        jdbc.sql("""
                INSERT INTO membership.audit_entry (occurred_at, actor_id, action, organisation_id, detail)
                VALUES (:at, :actor, :action, :organisation, :detail)""")
            .param("at", java.sql.Timestamp.from(clock.instant())).param("actor", actorId).param("action", action)
            .param("organisation", organisationId).param("detail", detail).update();
    }

    @Transactional(readOnly = true)
    public List<AuditEntry> latest(int limit) {
        return jdbc.sql("""
                SELECT a.id, a.occurred_at, p.display_name AS actor, a.action, o.name AS organisation, a.detail
                  FROM membership.audit_entry a
                  LEFT JOIN membership.person p ON p.id = a.actor_id
                  LEFT JOIN membership.organisation o ON o.id = a.organisation_id
                 ORDER BY a.occurred_at DESC, a.id DESC
                 LIMIT :limit""")
            .param("limit", limit)
            .query((rs, n) -> new AuditEntry(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(),
                rs.getString("actor"), rs.getString("action"), rs.getString("organisation"), rs.getString("detail")))
            .list();
    }
}
