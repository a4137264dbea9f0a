package coop.toitcommun.membership;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Re-signature campaigns: a new charter version puts members in "re-signature due" with a deadline; reminders
 * go 30 and 7 days before; past the deadline the organisation is suspended until it re-signs.
 */
@Service
@Transactional
public class Resignatures {

    private final JdbcClient jdbc;
    private final RepresentativeTasks tasks;
    private final StatusChanges statuses;
    private final Signatures signatures;
    private final AuditLog audit;
    private final DoorSettings settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Resignatures(JdbcClient jdbc, StatusChanges statuses, Signatures signatures, AuditLog audit, DoorSettings settings,
                 ApplicationEventPublisher events, Clock clock, RepresentativeTasks tasks) {
        this.jdbc = jdbc;
        this.tasks = tasks;
        this.statuses = statuses;
        this.signatures = signatures;
        this.audit = audit;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    /** Asks every member organisation (and those already suspended) to re-sign {@code version}; returns the deadline. */
    Instant open(CharterVersion version, Instant now) {
        Instant deadline = now.plus(settings.resignatureDelay());
        List<Long> organisations = jdbc.sql("""
                SELECT id FROM membership.organisation WHERE status IN ('MEMBER', 'RESIGNATURE_DUE', 'SUSPENDED')
                 ORDER BY id FOR UPDATE""").query(Long.class).list();
        for (long organisationId : organisations) {
            jdbc.sql("""
                    INSERT INTO membership.resignature (organisation_id, charter_version_id, deadline)
                    VALUES (:organisation, :version, :deadline)""")
                .param("organisation", organisationId).param("version", version.id())
                .param("deadline", Timestamp.from(deadline)).update();
            statuses.change(organisationId, OrganisationStatus.RESIGNATURE_DUE, now, OrganisationStatus.MEMBER);
        }
        return deadline;
    }

    /** The re-signatures awaiting the organisations this person represents. */
    @Transactional(readOnly = true)
    public List<ResignatureDue> dueFor(long personId) {
        return tasks.of(personId).resignaturesDue();
    }

    /** A representative re-signs the current version: the organisation is a member again. */
    public void resign(long personId, long organisationId, Signature signature) {
        ResignatureDue due = dueFor(personId).stream().filter(d -> d.organisationId() == organisationId).findFirst()
            .orElseThrow(() -> new MembershipRuleException("nothingToSign"));
        long signatureId = signatures.sign(organisationId, personId, signature);
        jdbc.sql("""
                UPDATE membership.resignature r SET signature_id = :signature
                  FROM membership.charter_version v
                 WHERE v.id = r.charter_version_id AND r.organisation_id = :organisation AND v.number = :number""")
            .param("signature", signatureId).param("organisation", organisationId).param("number", due.charterNumber())
            .update();
        statuses.change(organisationId, OrganisationStatus.MEMBER, clock.instant(),
            OrganisationStatus.RESIGNATURE_DUE, OrganisationStatus.SUSPENDED);
        audit.record(personId, "CHARTER_RESIGNED", organisationId, "version " + due.charterNumber());
    }

    /**
     * The daily job: reminds representatives 30 and 7 days before the deadline (once each) and suspends
     * organisations whose deadline has passed. Tests call it with the instant they choose.
     */
    public void remindAndSuspend(Instant now) {
        remind(now, Duration.ofDays(30), "reminded_30_at");
        remind(now, Duration.ofDays(7), "reminded_7_at");
        List<Long> late = jdbc.sql("""
                SELECT r.organisation_id FROM membership.resignature r
                  JOIN membership.organisation o ON o.id = r.organisation_id
                 WHERE r.signature_id IS NULL AND r.deadline <= :now AND o.status = 'RESIGNATURE_DUE'""")
            .param("now", Timestamp.from(now)).query(Long.class).list();
        for (long organisationId : late) {
            if (statuses.change(organisationId, OrganisationStatus.SUSPENDED, now, OrganisationStatus.RESIGNATURE_DUE)) {
                audit.record(Decision.of("membership", "SUSPENDED_FOR_RESIGNATURE", null).organisation(organisationId)
                    .about("organisation", organisationId, null)
                    .change(OrganisationStatus.RESIGNATURE_DUE, OrganisationStatus.SUSPENDED));
            }
        }
    }

    private void remind(Instant now, Duration before, String column) {
        record Due(long organisationId, String name, int number, Instant deadline) { }
        List<Due> due = jdbc.sql("""
                UPDATE membership.resignature r SET %1$s = :now
                  FROM membership.organisation o, membership.charter_version v
                 WHERE o.id = r.organisation_id AND v.id = r.charter_version_id AND r.signature_id IS NULL
                   AND r.%1$s IS NULL AND r.deadline > :now AND r.deadline - CAST(:before AS interval) <= :now
                   AND o.status = 'RESIGNATURE_DUE'
                RETURNING o.id, o.name, v.number, r.deadline""".formatted(column))
            .param("now", Timestamp.from(now)).param("before", before.toDays() + " days")
            .query((rs, n) -> new Due(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getTimestamp(4).toInstant()))
            .list();
        for (Due d : due) {
            long daysLeft = Math.max(1, Duration.between(now, d.deadline()).toDays());
            events.publishEvent(new ResignatureReminder(d.name(), d.number(), d.deadline(), daysLeft,
                statuses.representatives(d.organisationId())));
        }
    }
}
