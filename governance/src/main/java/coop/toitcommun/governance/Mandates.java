package coop.toitcommun.governance;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import coop.toitcommun.governance.rules.LawRules;
import coop.toitcommun.membership.AuditLog;
import coop.toitcommun.membership.Decision;
import coop.toitcommun.membership.OrganisationRef;
import coop.toitcommun.membership.Organisations;
import coop.toitcommun.membership.People;
import coop.toitcommun.membership.PersonRef;
import coop.toitcommun.membership.ReadOnlyTransactionMemo;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mandates: who holds which role in which body, from when to when. Board rights come from here and only
 * from current mandates: a mandate that has ended grants nothing.
 */
@Service
@Transactional(readOnly = true)
public class Mandates {

    /** A renewal alert shows this many days before a mandate ends. */
    public static final int RENEWAL_ALERT_DAYS = 60;

    private static final String COLUMNS = "m.id, m.body_id, m.person_id, m.organisation_id, m.role, m.starts_on, m.ends_on";
    private static final String CURRENT = "m.starts_on <= :date AND (m.ends_on IS NULL OR m.ends_on >= :date)";

    /** The bodies on which {@code :person} holds a mandate on {@code :date}. */
    static final String BODIES_HELD = """
        SELECT DISTINCT b.id, b.entity_id, b.kind, b.name FROM governance.body b
          JOIN governance.mandate m ON m.body_id = b.id
         WHERE m.person_id = :person""" + " AND " + CURRENT;

    private final JdbcClient jdbc;
    private final Entities entities;
    private final People people;
    private final Organisations organisations;

    private final EntityRights rights;
    private final AuditLog audit;

    Mandates(JdbcClient jdbc, Entities entities, People people, Organisations organisations, EntityRights rights,
             AuditLog audit) {
        this.rights = rights;
        this.audit = audit;
        this.jdbc = jdbc;
        this.entities = entities;
        this.organisations = organisations;
        this.people = people;
    }

    /**
     * Records a mandate. In a SCIC it may last six years at most (law). In an association, a change on a body
     * that runs it opens a "declare to the prefecture within three months" item.
     */
    @Transactional
    public Mandate appoint(Actor actor, long entityId, long bodyId, long personId, Long organisationId, MandateRole role,
                           LocalDate startsOn, LocalDate endsOn) {
        rights.requireManage(actor, entityId);
        Body body = entities.body(bodyId).filter(b -> b.entityId() == entityId)
            .orElseThrow(() -> new RegisterException(RegisterException.Reason.UNKNOWN_BODY));
        LegalEntity entity = entities.get(entityId);
        if (endsOn != null && endsOn.isBefore(startsOn)) {
            throw new RegisterException(RegisterException.Reason.ENDS_BEFORE_START);
        }
        if (organisationId != null && organisations.find(organisationId).isEmpty()) {
            throw new GovernanceNotFoundException("organisation " + organisationId);
        }
        if (entity.legalForm().isScic() && !LawRules.scicMandateLengthValid(startsOn, endsOn)) {
            throw entities.rule(Rule.SCIC_MANDATE_SIX_YEARS, startsOn.toString(), endsOn == null ? "" : endsOn.toString());
        }
        long id = jdbc.sql("""
                INSERT INTO governance.mandate (body_id, person_id, organisation_id, role, starts_on, ends_on)
                VALUES (:body, :person, :organisation, :role, :starts, :ends) RETURNING id""")
            .param("body", bodyId).param("person", personId).param("organisation", organisationId)
            .param("role", role.name()).param("starts", startsOn).param("ends", endsOn).query(Long.class).single();
        declareIfNeeded(entity, body, personId, startsOn);
        Mandate appointed = new Mandate(id, bodyId, personId, organisationId, role, startsOn, endsOn);
        audit.record(decision("MANDATE_APPOINTED", actor, entity, body, appointed)
            .change(null, role + " · " + startsOn + " → " + (endsOn == null ? "" : endsOn)));
        return appointed;
    }

    /** Ends a mandate on a date (its last day); the mandate stays in the history. */
    @Transactional
    public void end(Actor actor, long entityId, long mandateId, LocalDate lastDay) {
        rights.requireManage(actor, entityId);
        Mandate mandate = find(mandateId)
            .filter(m -> entities.body(m.bodyId()).filter(b -> b.entityId() == entityId).isPresent())
            .orElseThrow(() -> new GovernanceNotFoundException("mandate " + mandateId));
        if (lastDay.isBefore(mandate.startsOn())) {
            throw new RegisterException(RegisterException.Reason.ENDS_BEFORE_START);
        }
        jdbc.sql("UPDATE governance.mandate SET ends_on = :ends WHERE id = :id").param("ends", lastDay).param("id", mandateId).update();
        Body body = entities.body(mandate.bodyId()).orElseThrow();
        LegalEntity entity = entities.get(body.entityId());
        audit.record(decision("MANDATE_ENDED", actor, entity, body, mandate).change(mandate.endsOn(), lastDay));
        declareIfNeeded(entity, body, mandate.personId(), lastDay);
    }

    private Decision decision(String kind, Actor actor, LegalEntity entity, Body body, Mandate mandate) {
        String holder = people.find(mandate.personId()).map(PersonRef::displayName).orElse("?");
        return GovernanceDecisions.by(kind, actor).organisation(mandate.organisationId())
            .about("mandate", mandate.id(), GovernanceDecisions.label(entity, body.name() + " · " + holder));
    }

    public Optional<Mandate> find(long mandateId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM governance.mandate m WHERE m.id = :id").param("id", mandateId)
            .query(Mandates::mandate).optional();
    }

    /** Whether the person holds a current mandate in the body on that date: the test for its board pages. */
    public boolean isCurrentMember(long personId, long bodyId, LocalDate date) {
        return bodiesHeldBy(personId, date).stream().anyMatch(body -> body.id() == bodyId);
    }

    /** The bodies in which the person holds a current mandate on that date. */
    public List<Body> bodiesHeldBy(long personId, LocalDate date) {
        return ReadOnlyTransactionMemo.get("bodies held by " + personId + " on " + date, () -> jdbc.sql(BODIES_HELD
                + " ORDER BY b.entity_id, b.name")
            .param("person", personId).param("date", date)
            .query((rs, n) -> new Body(rs.getLong(1), rs.getLong(2), BodyKind.valueOf(rs.getString(3)), rs.getString(4)))
            .list());
    }

    /** Whether the person currently sits on a body that runs the entity (board, executive committee, management). */
    public boolean runsEntity(long personId, long entityId, LocalDate date) {
        return bodiesHeldBy(personId, date).stream()
            .anyMatch(body -> body.entityId() == entityId && body.kind().runsTheEntity());
    }

    /** Every mandate current on the date, with names: three queries whatever the number. */
    public List<HeldMandate> current(LocalDate date) {
        return held(jdbc.sql("SELECT " + COLUMNS + " FROM governance.mandate m WHERE " + CURRENT + " ORDER BY m.body_id, m.role, m.starts_on")
            .param("date", date).query(Mandates::mandate).list());
    }

    /** The body's mandates current on the date that have a last day, the soonest over first. */
    public List<HeldMandate> currentWithAnEnd(long bodyId, LocalDate date) {
        return held(jdbc.sql("SELECT " + COLUMNS + " FROM governance.mandate m WHERE " + CURRENT
                + " AND m.body_id = :body AND m.ends_on IS NOT NULL ORDER BY m.ends_on, m.id")
            .param("date", date).param("body", bodyId).query(Mandates::mandate).list());
    }

    /** All mandates ever held in the entity's bodies, newest first. */
    public List<HeldMandate> history(long entityId) {
        return held(jdbc.sql("SELECT " + COLUMNS + """
                 FROM governance.mandate m JOIN governance.body b ON b.id = m.body_id
                WHERE b.entity_id = :entity ORDER BY b.kind, b.name, m.starts_on DESC, m.id DESC""")
            .param("entity", entityId).query(Mandates::mandate).list());
    }

    /**
     * Mandates ending within {@link #RENEWAL_ALERT_DAYS} days that the person should see: their own, and those of
     * the bodies they currently chair.
     */
    public List<HeldMandate> renewalAlerts(long personId, LocalDate date) {
        return held(jdbc.sql("SELECT " + COLUMNS + """
                 FROM governance.mandate m
                WHERE m.ends_on BETWEEN :date AND :horizon AND m.starts_on <= :date
                  AND (m.person_id = :person OR m.body_id IN (
                        SELECT c.body_id FROM governance.mandate c WHERE c.person_id = :person AND c.role = 'CHAIR'
                           AND c.starts_on <= :date AND (c.ends_on IS NULL OR c.ends_on >= :date)))
                ORDER BY m.ends_on, m.id""")
            .param("person", personId).param("date", date).param("horizon", date.plusDays(RENEWAL_ALERT_DAYS))
            .query(Mandates::mandate).list());
    }

    private List<HeldMandate> held(List<Mandate> mandates) {
        if (mandates.isEmpty()) {
            return List.of();
        }
        Map<Long, Body> bodies = entities.allBodies().stream().collect(Collectors.toMap(Body::id, Function.identity()));
        Map<Long, String> entityNames = entities.all().stream().collect(Collectors.toMap(LegalEntity::id, LegalEntity::name));
        Map<Long, PersonRef> persons = people.findAll(ids(mandates, Mandate::personId));
        Set<Long> organisationIds = ids(mandates, Mandate::organisationId);
        Map<Long, OrganisationRef> orgs = organisationIds.isEmpty() ? Map.of() : organisations.findAll(organisationIds);
        return mandates.stream().map(m -> {
            Body body = bodies.get(m.bodyId());
            OrganisationRef organisation = m.organisationId() == null ? null : orgs.get(m.organisationId());
            return new HeldMandate(m, persons.get(m.personId()).displayName(),
                organisation == null ? null : organisation.name(), body, entityNames.get(body.entityId()));
        }).toList();
    }

    private void declareIfNeeded(LegalEntity entity, Body body, long personId, LocalDate changedOn) {
        if (entity.legalForm() == LegalForm.ASSOCIATION && body.kind().runsTheEntity()) {
            String who = people.find(personId).map(PersonRef::displayName).orElse("?");
            jdbc.sql("""
                    INSERT INTO governance.reminder (entity_id, kind, subject, due_on)
                    VALUES (:entity, 'PREFECTURE_DECLARATION', :subject, :due)""")
                .param("entity", entity.id()).param("subject", body.name() + " – " + who)
                .param("due", changedOn.plusMonths(3)).update();
        }
    }

    private static Set<Long> ids(Collection<Mandate> mandates, Function<Mandate, Long> id) {
        return mandates.stream().map(id).filter(Objects::nonNull).collect(Collectors.toCollection(HashSet::new));
    }

    private static Mandate mandate(ResultSet rs, int n) throws SQLException {
        long organisation = rs.getLong(4);
        Long organisationId = rs.wasNull() ? null : organisation;
        return new Mandate(rs.getLong(1), rs.getLong(2), rs.getLong(3), organisationId, MandateRole.valueOf(rs.getString(5)),
            rs.getObject(6, LocalDate.class), rs.getObject(7, LocalDate.class));
    }
}
