package coop.toitcommun.membership;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Exclusion for a breach of the charter: a co-founder opens a procedure with grounds, the representatives may
 * answer in writing before the deadline, then co-founders decide (maintained or excluded) with a reason.
 */
@Service
@Transactional
public class Exclusions {

    /** The longest grounds, answer or reason, as the database keeps them. */
    public static final int MAX_TEXT = 4000;

    private static final String SELECT = """
        SELECT x.id, x.organisation_id, o.name, p.display_name, x.opened_at, x.grounds, x.answer_deadline, x.answer,
               x.answered_at, x.outcome, x.decision_reason, x.decided_at
          FROM membership.exclusion_procedure x
          JOIN membership.organisation o ON o.id = x.organisation_id
          JOIN membership.person p ON p.id = x.opened_by
        """;

    private final JdbcClient jdbc;
    private final RepresentativeTasks tasks;
    private final Organisations organisations;
    private final HouseRights rights;
    private final StatusChanges statuses;
    private final AuditLog audit;
    private final DoorSettings settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Exclusions(JdbcClient jdbc, Organisations organisations, HouseRights rights, StatusChanges statuses, AuditLog audit,
               DoorSettings settings, ApplicationEventPublisher events, Clock clock, RepresentativeTasks tasks) {
        this.jdbc = jdbc;
        this.tasks = tasks;
        this.organisations = organisations;
        this.rights = rights;
        this.statuses = statuses;
        this.audit = audit;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    public long open(long cofounderId, long organisationId, String grounds) {
        rights.requireCofounder(cofounderId);
        requireOutside(cofounderId, organisationId);
        if (grounds == null || grounds.isBlank()) {
            throw new MembershipRuleException("groundsMissing");
        }
        requireFits(grounds);
        String name = jdbc.sql("SELECT name FROM membership.organisation WHERE id = :id AND status <> 'EXCLUDED'")
            .param("id", organisationId).query(String.class).optional().orElseThrow(OrganisationNotFoundException::new);
        Instant now = clock.instant();
        Instant deadline = now.plus(settings.exclusionAnswerDelay());
        long id = jdbc.sql("""
                INSERT INTO membership.exclusion_procedure (organisation_id, opened_by, opened_at, grounds, answer_deadline)
                VALUES (:organisation, :by, :at, :grounds, :deadline) RETURNING id""")
            .param("organisation", organisationId).param("by", cofounderId).param("at", Timestamp.from(now))
            .param("grounds", grounds.trim()).param("deadline", Timestamp.from(deadline)).query(Long.class).single();
        audit.record(cofounderId, "EXCLUSION_OPENED", organisationId, grounds.trim());
        events.publishEvent(new ExclusionOpened(statuses.representatives(organisationId), name, grounds.trim(), deadline));
        return id;
    }

    /** A representative answers in writing, once, before the deadline. */
    public void answer(long personId, long procedureId, String answer) {
        ExclusionProcedure procedure = find(procedureId);
        if (!organisations.represents(personId, procedure.organisationId())) {
            throw new OrganisationNotFoundException();
        }
        if (answer == null || answer.isBlank()) {
            throw new MembershipRuleException("answerMissing");
        }
        requireFits(answer);
        int answered = jdbc.sql("""
                UPDATE membership.exclusion_procedure SET answer = :answer, answered_by = :person, answered_at = :at,
                       version = version + 1
                 WHERE id = :id AND outcome IS NULL AND answer IS NULL AND answer_deadline > :at""")
            .param("answer", answer.trim()).param("person", personId).param("at", Timestamp.from(clock.instant()))
            .param("id", procedureId).update();
        if (answered == 0) {
            throw new MembershipRuleException("answerClosed");
        }
        audit.record(personId, "EXCLUSION_ANSWERED", procedure.organisationId(), answer.trim());
    }

    /** Co-founders decide once the answer came or the deadline passed. */
    public void decide(long cofounderId, long procedureId, ExclusionProcedure.Outcome outcome, String reason) {
        rights.requireCofounder(cofounderId);
        ExclusionProcedure procedure = find(procedureId);
        requireOutside(cofounderId, procedure.organisationId());
        if (reason == null || reason.isBlank()) {
            throw new MembershipRuleException("reasonMissing");
        }
        requireFits(reason);
        Instant now = clock.instant();
        if (procedure.answer() == null && now.isBefore(procedure.answerDeadline())) {
            throw new MembershipRuleException("answerPending");
        }
        int decided = jdbc.sql("""
                UPDATE membership.exclusion_procedure SET outcome = :outcome, decided_by = :by, decided_at = :at,
                       decision_reason = :reason, version = version + 1
                 WHERE id = :id AND outcome IS NULL""")
            .param("outcome", outcome.name()).param("by", cofounderId).param("at", Timestamp.from(now))
            .param("reason", reason.trim()).param("id", procedureId).update();
        if (decided == 0) {
            throw new MembershipRuleException("alreadyDecided");
        }
        if (outcome == ExclusionProcedure.Outcome.EXCLUDED) {
            statuses.change(procedure.organisationId(), OrganisationStatus.EXCLUDED, now,
                OrganisationStatus.MEMBER, OrganisationStatus.RESIGNATURE_DUE, OrganisationStatus.SUSPENDED);
        }
        audit.record(Decision.of("membership", "EXCLUSION_" + outcome.name(), cofounderId)
            .organisation(procedure.organisationId())
            .about("organisation", procedure.organisationId(), procedure.organisationName())
            .change("OPEN", outcome).detail(reason));
        events.publishEvent(new ExclusionDecided(statuses.representatives(procedure.organisationId()),
            procedure.organisationName(), outcome, reason.trim()));
    }

    /** Every procedure, open ones first: for co-founders. */
    @Transactional(readOnly = true)
    public List<ExclusionProcedure> all(long readerId) {
        rights.requireCofounder(readerId);
        return jdbc.sql(SELECT + " ORDER BY x.outcome IS NOT NULL, x.opened_at DESC").query(this::map).list();
    }

    /** Open procedures against organisations this person represents. */
    @Transactional(readOnly = true)
    public List<ExclusionProcedure> againstOrganisationsOf(long personId) {
        return tasks.of(personId).exclusionsToAnswer();
    }

    @Transactional(readOnly = true)
    public ExclusionProcedure find(long procedureId) {
        return jdbc.sql(SELECT + " WHERE x.id = :id").param("id", procedureId).query(this::map).optional()
            .orElseThrow(OrganisationNotFoundException::new);
    }

    /** Nobody decides about their own organisation. */
    private void requireOutside(long cofounderId, long organisationId) {
        if (organisations.isLinked(cofounderId, organisationId)) {
            throw new MembershipRuleException("ownOrganisation");
        }
    }

    private ExclusionProcedure map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        String outcome = rs.getString(10);
        return new ExclusionProcedure(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
            rs.getTimestamp(5).toInstant(), rs.getString(6), rs.getTimestamp(7).toInstant(), rs.getString(8),
            instant(rs.getTimestamp(9)), outcome == null ? null : ExclusionProcedure.Outcome.valueOf(outcome),
            rs.getString(11), instant(rs.getTimestamp(12)));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    /** The grounds, the answer and the reason are kept whole (varchar(4000)): a longer text is refused, not cut. */
    private static void requireFits(String text) {
        if (text.trim().length() > MAX_TEXT) {
            throw new MembershipRuleException("tooLong");
        }
    }
}
