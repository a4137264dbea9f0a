package coop.toitcommun.membership;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What waits for a person as the legal representative of organisations: cooptations to confirm as a sponsor,
 * charter versions to re-sign, exclusion procedures to answer. One statement (three branches of a UNION ALL, each
 * its own columns in a shared row), since the dashboard shows all three; a fourth branch brings the person's
 * organisations along, which a read-only transaction remembers for {@link Organisations#ofPerson}.
 */
@Service
@Transactional(readOnly = true)
public class RepresentativeTasks {

    public record Tasks(List<SponsorRequest> sponsorRequests, List<ResignatureDue> resignaturesDue,
                        List<ExclusionProcedure> exclusionsToAnswer) {
    }

    private final JdbcClient jdbc;

    RepresentativeTasks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Tasks of(long personId) {
        List<SponsorRequest> sponsorRequests = new ArrayList<>();
        List<ResignatureDue> resignatures = new ArrayList<>();
        List<ExclusionProcedure> exclusions = new ArrayList<>();
        List<OrganisationRef> organisations = new ArrayList<>();
        jdbc.sql("""
                -- applications this person's organisation sponsors, not answered yet
                SELECT 'SPONSOR' AS task, a.id, o.id AS organisation_id, o.name, o.description, a.submitted_at, s.name AS other,
                       NULL::timestamptz AS deadline, NULL AS answer, NULL::timestamptz AS answered_at, NULL AS outcome,
                       NULL AS reason, NULL::timestamptz AS decided_at, NULL::int AS number
                  FROM membership.application a
                  JOIN membership.organisation o ON o.id = a.organisation_id
                  JOIN membership.organisation s ON s.id = a.sponsor_id
                  JOIN membership.organisation_person op ON op.organisation_id = s.id
                 WHERE op.person_id = :person AND op.role = 'LEGAL_REPRESENTATIVE'
                   AND a.status = 'PENDING' AND a.sponsor_answer IS NULL
                UNION ALL
                -- the current charter version, not re-signed yet by this person's organisations
                SELECT 'RESIGNATURE', o.id, o.id, o.name, o.status, NULL, NULL, r.deadline, NULL, NULL, NULL, NULL, NULL, v.number
                  FROM membership.resignature r
                  JOIN membership.organisation o ON o.id = r.organisation_id
                  JOIN membership.charter_version v ON v.id = r.charter_version_id
                  JOIN membership.organisation_person op ON op.organisation_id = o.id
                 WHERE op.person_id = :person AND op.role = 'LEGAL_REPRESENTATIVE' AND r.signature_id IS NULL
                   AND o.status IN ('RESIGNATURE_DUE', 'SUSPENDED')
                   AND v.number = (SELECT max(number) FROM membership.charter_version WHERE published_at IS NOT NULL)
                UNION ALL
                -- exclusion procedures against this person's organisations, not decided yet
                SELECT 'EXCLUSION', x.id, x.organisation_id, o.name, x.grounds, x.opened_at, p.display_name, x.answer_deadline,
                       x.answer, x.answered_at, x.outcome, x.decision_reason, x.decided_at, NULL
                  FROM membership.exclusion_procedure x
                  JOIN membership.organisation o ON o.id = x.organisation_id
                  JOIN membership.person p ON p.id = x.opened_by
                  JOIN membership.organisation_person op ON op.organisation_id = x.organisation_id
                 WHERE op.person_id = :person AND op.role = 'LEGAL_REPRESENTATIVE' AND x.outcome IS NULL
                UNION ALL
                -- the person's organisations, whatever their role there
                SELECT 'ORGANISATION', o.id, o.id, o.name, o.status, NULL, o.circle, NULL, NULL, NULL, NULL, NULL, NULL, NULL
                  FROM membership.organisation o
                  JOIN membership.organisation_person op ON op.organisation_id = o.id
                 WHERE op.person_id = :person""")
            .param("person", personId)
            .query(rs -> {
                switch (rs.getString("task")) {
                    case "SPONSOR" -> sponsorRequests.add(new SponsorRequest(rs.getLong("id"), rs.getString("name"),
                        rs.getString("description"), rs.getString("other"), instant(rs, "submitted_at")));
                    case "RESIGNATURE" -> resignatures.add(new ResignatureDue(rs.getLong("id"), rs.getString("name"),
                        rs.getInt("number"), instant(rs, "deadline"), "SUSPENDED".equals(rs.getString("description"))));
                    case "EXCLUSION" -> exclusions.add(exclusion(rs));
                    default -> organisations.add(new OrganisationRef(rs.getLong("id"), rs.getString("name"),
                        OrganisationStatus.valueOf(rs.getString("description")), Circle.valueOf(rs.getString("other"))));
                }
            });
        sponsorRequests.sort(Comparator.comparing(SponsorRequest::submittedAt));
        resignatures.sort(Comparator.comparing(ResignatureDue::organisationName));
        exclusions.sort(Comparator.comparing(ExclusionProcedure::openedAt));
        organisations.sort(Organisations.BY_NAME);
        ReadOnlyTransactionMemo.remember(Organisations.ofPersonMemo(personId), List.copyOf(organisations));
        return new Tasks(sponsorRequests, resignatures, exclusions);
    }

    private static ExclusionProcedure exclusion(ResultSet rs) throws SQLException {
        String outcome = rs.getString("outcome");
        return new ExclusionProcedure(rs.getLong("id"), rs.getLong("organisation_id"), rs.getString("name"),
            rs.getString("other"), instant(rs, "submitted_at"), rs.getString("description"), instant(rs, "deadline"),
            rs.getString("answer"), instant(rs, "answered_at"),
            outcome == null ? null : ExclusionProcedure.Outcome.valueOf(outcome), rs.getString("reason"),
            instant(rs, "decided_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
