package coop.toitcommun.membership;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The door: applications with the charter signature, the sponsor's answer for the second circle, and the
 * co-founders' decision (N distinct approvals, or one reasoned rejection; never on one's own organisation).
 */
@Service
@Transactional
public class Applications {

    /** Names compared without case, accents-free punctuation or spaces, for look-alikes. */
    private static final String NORMALISED = "regexp_replace(lower(%s), '[^[:alnum:]]', '', 'g')";

    private final JdbcClient jdbc;
    private final RepresentativeTasks tasks;
    private final OrganisationCards cards;
    private final StatusChanges statuses;
    private final Signatures signatures;
    private final Accounts accounts;
    private final Organisations organisations;
    private final HouseRights rights;
    private final AuditLog audit;
    private final DoorSettings settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Applications(JdbcClient jdbc, OrganisationCards cards, StatusChanges statuses, Signatures signatures,
                 Accounts accounts, Organisations organisations, AuditLog audit, DoorSettings settings, ApplicationEventPublisher events, Clock clock,
                 RepresentativeTasks tasks, HouseRights rights) {
        this.jdbc = jdbc;
        this.tasks = tasks;
        this.cards = cards;
        this.statuses = statuses;
        this.signatures = signatures;
        this.accounts = accounts;
        this.organisations = organisations;
        this.rights = rights;
        this.audit = audit;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    /** Whether this client address may still apply today (the public form's rate limit). */
    @Transactional(readOnly = true)
    public boolean mayApply(String clientAddress) {
        return jdbc.sql("""
                SELECT count(*) FROM membership.join_attempt
                 WHERE client_address = :address AND attempted_at > :since""")
            .param("address", clientAddress).param("since", Timestamp.from(clock.instant().minus(Duration.ofDays(1))))
            .query(Long.class).single() < settings.applicationsPerAddress();
    }

    /** Registers the organisation as applicant, its representative, the signature and the application. */
    public long apply(JoinRequest request, String clientAddress) {
        if (!mayApply(clientAddress)) {
            throw new MembershipRuleException("tooManyApplications");
        }
        MembershipRuleException.refuseFirst(request.problems());
        Instant now = clock.instant();
        jdbc.sql("INSERT INTO membership.join_attempt (client_address, attempted_at) VALUES (:address, :at)")
            .param("address", clientAddress).param("at", Timestamp.from(now)).update();
        String sponsorName = null;
        if (request.circle() == Circle.SECOND) {
            sponsorName = jdbc.sql("""
                    SELECT name FROM membership.organisation WHERE id = :id AND status IN ('MEMBER', 'RESIGNATURE_DUE')""")
                .param("id", request.sponsorId()).query(String.class).optional()
                .orElseThrow(() -> new MembershipRuleException("sponsorMissing"));
        }
        long organisationId = cards.insert(request.organisation(), OrganisationStatus.APPLICANT, request.circle(), now);
        long representativeId = representative(request, now);
        jdbc.sql("""
                INSERT INTO membership.organisation_person (organisation_id, person_id, role)
                VALUES (:organisation, :person, 'LEGAL_REPRESENTATIVE')""")
            .param("organisation", organisationId).param("person", representativeId).update();
        long signatureId = signatures.sign(organisationId, representativeId, request.signature());
        long applicationId = jdbc.sql("""
                INSERT INTO membership.application (organisation_id, representative_id, signature_id, circle, sponsor_id,
                       submitted_at)
                VALUES (:organisation, :representative, :signature, :circle, :sponsor, :at) RETURNING id""")
            .param("organisation", organisationId).param("representative", representativeId)
            .param("signature", signatureId).param("circle", request.circle().name())
            .param("sponsor", request.circle() == Circle.SECOND ? request.sponsorId() : null, java.sql.Types.BIGINT)
            .param("at", Timestamp.from(now)).query(Long.class).single();
        audit.record(representativeId, "APPLICATION_RECEIVED", organisationId,
            "circle " + request.circle() + (sponsorName == null ? "" : ", sponsor " + sponsorName));
        String name = request.organisation().name().trim();
        events.publishEvent(new ApplicationReceived(recipient(representativeId), name, request.circle(), sponsorName));
        if (sponsorName != null) {
            events.publishEvent(new SponsorAsked(statuses.representatives(request.sponsorId()), sponsorName, name));
        }
        return applicationId;
    }

    /** Applications awaiting an answer from an organisation this person represents as sponsor. */
    @Transactional(readOnly = true)
    public List<SponsorRequest> sponsorRequests(long personId) {
        return tasks.of(personId).sponsorRequests();
    }

    /** The sponsor's representative confirms or declines the cooptation; the answer goes to the co-founders. */
    public void answerAsSponsor(long personId, long applicationId, SponsorAnswer answer) {
        if (sponsorRequests(personId).stream().noneMatch(r -> r.applicationId() == applicationId)) {
            throw new ApplicationNotFoundException();
        }
        Long organisationId = jdbc.sql("""
                UPDATE membership.application SET sponsor_answer = :answer, sponsor_answered_by = :person,
                       sponsor_answered_at = :at, version = version + 1
                 WHERE id = :id AND status = 'PENDING' AND sponsor_answer IS NULL RETURNING organisation_id""")
            .param("answer", answer.name()).param("person", personId).param("at", Timestamp.from(clock.instant()))
            .param("id", applicationId).query(Long.class).optional()
            .orElseThrow(() -> new MembershipRuleException("notPending"));
        audit.record(personId, "SPONSOR_" + answer.name(), organisationId, null);
    }

    @Transactional(readOnly = true)
    public long pendingCount() {
        return jdbc.sql("SELECT count(*) FROM membership.application WHERE status = 'PENDING'").query(Long.class).single();
    }

    /** The co-founders' queue, oldest first: five queries (the reader's role, then four) whatever the number of applications. */
    @Transactional(readOnly = true)
    public List<PendingApplication> pending(long readerId) {
        rights.requireCofounder(readerId);
        Map<Long, List<PendingApplication.Approval>> approvals = new HashMap<>();
        jdbc.sql("""
                SELECT ap.application_id, ap.cofounder_id, p.display_name, ap.approved_at
                  FROM membership.application_approval ap
                  JOIN membership.application a ON a.id = ap.application_id
                  JOIN membership.person p ON p.id = ap.cofounder_id
                 WHERE a.status = 'PENDING' ORDER BY ap.approved_at""")
            .query(rs -> {
                approvals.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(new PendingApplication.Approval(
                    rs.getLong(2), rs.getString(3), rs.getTimestamp(4).toInstant()));
            });
        Map<Long, List<PendingApplication.Duplicate>> duplicates = new HashMap<>();
        jdbc.sql("""
                SELECT a.id, o2.name, o2.status, (o.siret IS NOT NULL AND o2.siret = o.siret)
                  FROM membership.application a
                  JOIN membership.organisation o ON o.id = a.organisation_id
                  JOIN membership.organisation o2 ON o2.id <> o.id
                   AND ((o.siret IS NOT NULL AND o2.siret = o.siret) OR %s = %s)
                 WHERE a.status = 'PENDING' ORDER BY o2.name""".formatted(NORMALISED.formatted("o.name"), NORMALISED.formatted("o2.name")))
            .query(rs -> {
                duplicates.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(new PendingApplication.Duplicate(
                    rs.getString(2), OrganisationStatus.valueOf(rs.getString(3)), rs.getBoolean(4)));
            });
        Map<Long, List<PendingApplication.EarlierApplication>> earlier = new HashMap<>();
        jdbc.sql("""
                SELECT a.id, o2.name, a2.status, a2.decided_at, a2.rejection_reason
                  FROM membership.application a
                  JOIN membership.organisation o ON o.id = a.organisation_id
                  JOIN membership.application a2 ON a2.id <> a.id AND a2.status <> 'PENDING'
                  JOIN membership.organisation o2 ON o2.id = a2.organisation_id
                   AND (o2.id = o.id OR (o.siret IS NOT NULL AND o2.siret = o.siret) OR %s = %s)
                 WHERE a.status = 'PENDING' ORDER BY a2.decided_at DESC""".formatted(NORMALISED.formatted("o.name"), NORMALISED.formatted("o2.name")))
            .query(rs -> {
                Timestamp decided = rs.getTimestamp(4);
                earlier.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(new PendingApplication.EarlierApplication(
                    rs.getString(2), rs.getString(3), decided == null ? null : decided.toInstant(), rs.getString(5)));
            });
        return jdbc.sql("""
                SELECT a.id, o.id AS organisation_id, o.name, o.legal_form, o.ess_status, o.esus_approved_on, o.siret,
                       o.address, o.postcode, o.commune, e.name AS epci, o.website, o.description, a.circle,
                       r.display_name AS representative_name, r.email AS representative_email, s.name AS sponsor_name,
                       a.sponsor_answer, sig.typed_name, sig.signed_at, v.number, sig.text_sha256, a.submitted_at
                  FROM membership.application a
                  JOIN membership.organisation o ON o.id = a.organisation_id
                  LEFT JOIN membership.epci e ON e.id = o.epci_id
                  JOIN membership.person r ON r.id = a.representative_id
                  LEFT JOIN membership.organisation s ON s.id = a.sponsor_id
                  JOIN membership.charter_signature sig ON sig.id = a.signature_id
                  JOIN membership.charter_version v ON v.id = sig.charter_version_id
                 WHERE a.status = 'PENDING' ORDER BY a.submitted_at, a.id""")
            .query((rs, n) -> {
                long id = rs.getLong("id");
                java.sql.Date esus = rs.getDate("esus_approved_on");
                String sponsorAnswer = rs.getString("sponsor_answer");
                return new PendingApplication(id, rs.getLong("organisation_id"), rs.getString("name"),
                    LegalForm.valueOf(rs.getString("legal_form")), EssStatus.valueOf(rs.getString("ess_status")),
                    esus == null ? null : esus.toLocalDate(), rs.getString("siret"), rs.getString("address"),
                    rs.getString("postcode"), rs.getString("commune"), rs.getString("epci"), rs.getString("website"),
                    rs.getString("description"), Circle.valueOf(rs.getString("circle")),
                    rs.getString("representative_name"), rs.getString("representative_email"),
                    rs.getString("sponsor_name"), sponsorAnswer == null ? null : SponsorAnswer.valueOf(sponsorAnswer),
                    rs.getString("typed_name"), rs.getTimestamp("signed_at").toInstant(), rs.getInt("number"),
                    rs.getString("text_sha256"), rs.getTimestamp("submitted_at").toInstant(),
                    approvals.getOrDefault(id, List.of()), duplicates.getOrDefault(id, List.of()),
                    earlier.getOrDefault(id, List.of()));
            })
            .list();
    }

    /**
     * A co-founder approves. The application row is locked, so that simultaneous approvals are counted one
     * after the other: exactly one of them makes the organisation a member and sends the invitation. The
     * primary key (application, co-founder) refuses a second approval by the same person.
     */
    public void approve(long cofounderId, long applicationId) {
        Decidable application = lockForDecision(cofounderId, applicationId);
        if (application.waitingForSponsor()) {
            throw new MembershipRuleException("sponsorPending");
        }
        Instant now = clock.instant();
        int inserted = jdbc.sql("""
                INSERT INTO membership.application_approval (application_id, cofounder_id, approved_at)
                VALUES (:application, :cofounder, :at) ON CONFLICT DO NOTHING""")
            .param("application", applicationId).param("cofounder", cofounderId).param("at", Timestamp.from(now))
            .update();
        if (inserted == 0) {
            throw new MembershipRuleException("alreadyApproved");
        }
        long approvals = jdbc.sql("SELECT count(*) FROM membership.application_approval WHERE application_id = :id")
            .param("id", applicationId).query(Long.class).single();
        audit.record(door("APPLICATION_APPROVED_BY", cofounderId, application).change(approvals - 1, approvals));
        if (approvals < settings.approvalsNeeded()) {
            return;
        }
        int accepted = jdbc.sql("""
                UPDATE membership.application SET status = 'APPROVED', decided_at = :at, version = version + 1
                 WHERE id = :id AND status = 'PENDING'""")
            .param("at", Timestamp.from(now)).param("id", applicationId).update();
        if (accepted == 1) {
            statuses.change(application.organisationId(), OrganisationStatus.MEMBER, now, OrganisationStatus.APPLICANT);
            audit.record(door("MEMBERSHIP_GRANTED", cofounderId, application)
                .change(OrganisationStatus.APPLICANT, OrganisationStatus.MEMBER).detail(approvals + " approvals"));
            boolean invited = accounts.inviteKnownPerson(application.representativeId(), Set.of(Role.MEMBER));
            events.publishEvent(new ApplicationApproved(recipient(application.representativeId()),
                application.organisationName(), invited));
        }
    }

    /** A co-founder rejects, with a reason that is sent to the applicant. One reasoned rejection suffices. */
    public void reject(long cofounderId, long applicationId, String reason) {
        Decidable application = lockForDecision(cofounderId, applicationId);
        if (reason == null || reason.isBlank()) {
            throw new MembershipRuleException("reasonMissing");
        }
        jdbc.sql("""
                UPDATE membership.application SET status = 'REJECTED', decided_at = :at, rejection_reason = :reason,
                       version = version + 1
                 WHERE id = :id AND status = 'PENDING'""")
            .param("at", Timestamp.from(clock.instant())).param("reason", reason.trim()).param("id", applicationId)
            .update();
        audit.record(door("APPLICATION_REJECTED", cofounderId, application).change("PENDING", "REJECTED")
            .detail(reason));
        events.publishEvent(new ApplicationRejected(recipient(application.representativeId()),
            application.organisationName(), reason.trim()));
    }

    private record Decidable(long organisationId, String organisationName, long representativeId, String status,
                             boolean waitingForSponsor) {
    }

    private Decidable lockForDecision(long cofounderId, long applicationId) {
        rights.requireCofounder(cofounderId);
        Decidable application = jdbc.sql("""
                SELECT a.organisation_id, o.name, a.representative_id, a.status,
                       (a.sponsor_id IS NOT NULL AND a.sponsor_answer IS NULL) AS waiting
                  FROM membership.application a JOIN membership.organisation o ON o.id = a.organisation_id
                 WHERE a.id = :id FOR UPDATE OF a""")
            .param("id", applicationId)
            .query((rs, n) -> new Decidable(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getBoolean(5)))
            .optional().orElseThrow(ApplicationNotFoundException::new);
        if (!"PENDING".equals(application.status())) {
            throw new MembershipRuleException("notPending");
        }
        if (organisations.isLinked(cofounderId, application.organisationId())) {
            throw new MembershipRuleException("ownOrganisation");
        }
        return application;
    }

    private Recipient recipient(long personId) {
        return jdbc.sql("SELECT email, display_name, preferred_language FROM membership.person WHERE id = :id")
            .param("id", personId)
            .query((rs, n) -> new Recipient(rs.getString(1), rs.getString(2),
                Language.fromTag(rs.getString(3)).orElse(Language.DEFAULT)))
            .single();
    }

    private long representative(JoinRequest request, Instant now) {
        String email = Accounts.normaliseEmail(request.representativeEmail());
        return jdbc.sql("SELECT id FROM membership.person WHERE email = :email").param("email", email)
            .query(Long.class).optional()
            .orElseGet(() -> jdbc.sql("""
                    INSERT INTO membership.person (display_name, email, preferred_language, created_at, phone)
                    VALUES (:name, :email, :language, :at, :phone) RETURNING id""")
                .param("name", request.representativeName().trim()).param("email", email)
                .param("language", (request.language() == null ? Language.DEFAULT : request.language()).tag())
                .param("at", Timestamp.from(now))
                .param("phone", OrganisationDetails.blankToNull(request.representativePhone()))
                .query(Long.class).single());
    }

    private static Decision door(String kind, long cofounderId, Decidable application) {
        return Decision.of("membership", kind, cofounderId).organisation(application.organisationId())
            .about("organisation", application.organisationId(), application.organisationName());
    }
}
