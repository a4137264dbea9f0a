package coop.toitcommun.venue.internal;

import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The venue's append-only audit log: what employees decided about someone else's booking, and the closures
 * they announced or lifted. The database refuses to change or delete an entry.
 */
@Component
public class AuditTrail {

    private final JdbcClient jdbc;

    AuditTrail(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void booking(Instant at, long personId, String action, long bookingId, String detail) {
        insert(at, personId, action, bookingId, null, detail);
    }

    public void closure(Instant at, long personId, String action, long closureId, String detail) {
        insert(at, personId, action, null, closureId, detail);
    }

    private void insert(Instant at, long personId, String action, Long bookingId, Long closureId, String detail) {
        jdbc.sql("""
                INSERT INTO venue.audit_entry (at, person_id, action, booking_id, closure_id, detail)
                VALUES (:at, :person, :action, :booking, :closure, :detail)""")
            .param("at", Timestamp.from(at)).param("person", personId).param("action", action)
            .param("booking", bookingId).param("closure", closureId).param("detail", detail == null ? "" : detail)
            .update();
    }
}
