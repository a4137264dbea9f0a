package coop.toitcommun.membership;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Changes an organisation's status and keeps its dated history; the representatives' addresses for emails. */
@Component
class StatusChanges {

    private final JdbcClient jdbc;

    StatusChanges(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Moves the organisation to {@code status} when it is in one of {@code from}; says whether it moved. */
    boolean change(long organisationId, OrganisationStatus status, Instant at, OrganisationStatus... from) {
        int changed = jdbc.sql("""
                UPDATE membership.organisation SET status = :status, version = version + 1
                 WHERE id = :id AND status IN (:from)""")
            .param("status", status.name()).param("id", organisationId)
            .param("from", List.of(from).stream().map(Enum::name).toList()).update();
        if (changed == 1) {
            recordHistory(organisationId, status, at);
        }
        return changed == 1;
    }

    void recordHistory(long organisationId, OrganisationStatus status, Instant at) {
        jdbc.sql("""
                INSERT INTO membership.organisation_status_change (organisation_id, status, changed_at)
                VALUES (:id, :status, :at)""")
            .param("id", organisationId).param("status", status.name()).param("at", Timestamp.from(at)).update();
    }

    List<Recipient> representatives(long organisationId) {
        return jdbc.sql("""
                SELECT p.email, p.display_name, p.preferred_language FROM membership.organisation_person op
                  JOIN membership.person p ON p.id = op.person_id
                 WHERE op.organisation_id = :id AND op.role = 'LEGAL_REPRESENTATIVE' AND p.erased_at IS NULL
                 ORDER BY p.id""")
            .param("id", organisationId)
            .query((rs, n) -> new Recipient(rs.getString(1), rs.getString(2), Language.fromTag(rs.getString(3)).orElse(Language.DEFAULT)))
            .list();
    }
}
