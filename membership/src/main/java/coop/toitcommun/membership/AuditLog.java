package coop.toitcommun.membership;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The house's one audit trail: every module's decisions, append-only (the database refuses to change or delete a
 * line). Governance and venue depend on membership and record here directly, in the transaction of their
 * decision; readers filter it by module, kind, person, organisation and dates.
 */
@Service
public class AuditLog {

    private static final String COLUMNS = """
            SELECT a.id, a.occurred_at, a.module, a.action, p.display_name AS actor, a.subject_kind, a.subject_id,
                   a.subject_label, a.organisation_id, o.name AS organisation, a.before_value, a.after_value, a.detail
              FROM membership.audit_entry a
              LEFT JOIN membership.person p ON p.id = a.actor_id
              LEFT JOIN membership.organisation o ON o.id = a.organisation_id
            """;
    private static final String NEWEST_FIRST = " ORDER BY a.occurred_at DESC, a.id DESC";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final HouseRights rights;

    AuditLog(JdbcClient jdbc, Clock clock, HouseRights rights) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.rights = rights;
    }

    /** Records within the caller's transaction: the entry exists exactly when the decision does. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(Decision decision) {
        jdbc.sql("""
                INSERT INTO membership.audit_entry (occurred_at, module, action, actor_id, organisation_id, subject_kind,
                                                    subject_id, subject_label, before_value, after_value, detail)
                VALUES (:at, :module, :action, :actor, :organisation, :subjectKind, :subjectId, :label, :before, :after,
                        :detail)""")
            .param("at", Timestamp.from(clock.instant())).param("module", decision.module())
            .param("action", decision.kind()).param("actor", decision.actorId())
            .param("organisation", decision.organisationId()).param("subjectKind", decision.subjectKind())
            .param("subjectId", decision.subjectId()).param("label", cut(decision.subjectLabel(), 300))
            .param("before", cut(decision.before(), 4000)).param("after", cut(decision.after(), 4000))
            .param("detail", cut(decision.detail(), 4000)).update();
    }

    /** A door's decision about an organisation (membership's own shorthand). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(Long actorId, String action, Long organisationId, String detail) {
        Decision decision = Decision.of("membership", action, actorId).organisation(organisationId).detail(detail);
        record(organisationId == null ? decision : decision.about("organisation", organisationId, null));
    }

    /**
     * Whether the reader may read the whole trail: co-founders and admins. Everybody else reads only the decisions
     * that concern an organisation they belong to.
     */
    @Transactional(readOnly = true)
    public boolean readsEverything(long readerId) {
        return rights.decides(readerId);
    }

    /**
     * One page (from 0) of the lines the filter finds, newest first, with their count.
     *
     * @throws MembershipAccessDeniedException when the reader may not read what the filter asks for
     */
    @Transactional(readOnly = true)
    public Page<AuditEntry> search(long readerId, AuditFilter filter, int page, int size) {
        requireReadable(readerId, filter);
        Where where = Where.of(filter);
        long total = where.bind(jdbc.sql("SELECT count(*) FROM membership.audit_entry a"
            + (filter.person() == null ? "" : " LEFT JOIN membership.person p ON p.id = a.actor_id") + where.sql))
            .query(Long.class).single();
        List<AuditEntry> entries = where.bind(jdbc.sql(COLUMNS + where.sql + NEWEST_FIRST + " LIMIT :limit OFFSET :offset"))
            .param("limit", size).param("offset", (long) page * size).query(AuditLog::entry).list();
        return new PageImpl<>(entries, PageRequest.of(page, size), total);
    }

    /**
     * Every line the filter finds, newest first, handed one by one (for an export).
     *
     * @throws MembershipAccessDeniedException when the reader may not read what the filter asks for
     */
    @Transactional(readOnly = true)
    public void forEach(long readerId, AuditFilter filter, Consumer<AuditEntry> reader) {
        requireReadable(readerId, filter);
        Where where = Where.of(filter);
        where.bind(jdbc.sql(COLUMNS + where.sql + NEWEST_FIRST))
            .query(rs -> { reader.accept(entry(rs, 0)); });
    }

    /** The kinds of decision the trail holds, by module, for the filter's choices. */
    @Transactional(readOnly = true)
    public Map<String, List<String>> kinds() {
        Map<String, List<String>> kinds = new TreeMap<>();
        jdbc.sql("SELECT DISTINCT module, action FROM membership.audit_entry ORDER BY module, action")
            .query(rs -> { kinds.computeIfAbsent(rs.getString("module"), m -> new ArrayList<>()).add(rs.getString("action")); });
        return kinds;
    }

    private void requireReadable(long readerId, AuditFilter filter) {
        boolean allowed = jdbc.sql("""
                SELECT exists (SELECT 1 FROM membership.account_role r JOIN membership.user_account u ON u.person_id = r.person_id
                                WHERE r.person_id = :reader AND r.role IN ('COFOUNDER', 'ADMIN') AND u.enabled)
                    OR exists (SELECT 1 FROM membership.organisation_person op
                                WHERE op.person_id = :reader AND op.organisation_id = :organisation)""")
            .param("reader", readerId).param("organisation", filter.organisationId())
            .query(Boolean.class).single();
        if (!allowed && filter.organisationId() != null) {
            // like the organisation's card: nobody learns what another organisation holds
            throw new OrganisationNotFoundException();
        }
        if (!allowed) {
            throw new MembershipAccessDeniedException("Person " + readerId + " may not read the whole audit trail");
        }
    }

    /** The organisations the trail speaks of, by name, for the filter's choices. */
    @Transactional(readOnly = true)
    public List<OrganisationRef> organisations() {
        return jdbc.sql("""
                SELECT o.id, o.name, o.status, o.circle FROM membership.organisation o
                 WHERE exists (SELECT 1 FROM membership.audit_entry a WHERE a.organisation_id = o.id)
                 ORDER BY lower(o.name), o.id""")
            .query((rs, n) -> new OrganisationRef(rs.getLong("id"), rs.getString("name"),
                OrganisationStatus.valueOf(rs.getString("status")), Circle.valueOf(rs.getString("circle"))))
            .list();
    }

    private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
        long subjectId = rs.getLong("subject_id");
        Long subject = rs.wasNull() ? null : subjectId;
        long organisationId = rs.getLong("organisation_id");
        Long organisation = rs.wasNull() ? null : organisationId;
        return new AuditEntry(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(), rs.getString("module"),
            rs.getString("action"), rs.getString("actor"), rs.getString("subject_kind"), subject,
            rs.getString("subject_label"), organisation, rs.getString("organisation"), rs.getString("before_value"),
            rs.getString("after_value"), rs.getString("detail"));
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    /** The filter as a WHERE clause and its parameters. */
    private record Where(String sql, Map<String, Object> params) {

        static Where of(AuditFilter filter) {
            List<String> conditions = new ArrayList<>();
            Map<String, Object> params = new TreeMap<>();
            if (filter.module() != null) {
                conditions.add("a.module = :module");
                params.put("module", filter.module());
            }
            if (filter.kind() != null) {
                conditions.add("a.action = :kind");
                params.put("kind", filter.kind());
            }
            if (filter.person() != null) {
                conditions.add("p.display_name ILIKE :person ESCAPE '\\'");
                params.put("person", "%" + filter.person().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            }
            if (filter.organisationId() != null) {
                conditions.add("a.organisation_id = :organisation");
                params.put("organisation", filter.organisationId());
            }
            if (filter.from() != null) {
                conditions.add("a.occurred_at >= :from");
                params.put("from", Timestamp.from(filter.from()));
            }
            if (filter.until() != null) {
                conditions.add("a.occurred_at < :until");
                params.put("until", Timestamp.from(filter.until()));
            }
            return new Where(conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions), params);
        }

        JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
            params.forEach(statement::param);
            return statement;
        }
    }
}
