package coop.toitcommun.governance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Coming deadlines of the entities: mandate ends, the SCIC's cooperative revision, prefecture declarations. */
@Service
@Transactional(readOnly = true)
public class Deadlines {

    /** The cooperative revision shows this many days before it is due. */
    public static final int REVISION_NOTICE_DAYS = 180;

    private final JdbcClient jdbc;
    private final Entities entities;
    private final Mandates mandates;

    private final EntityRights rights;

    Deadlines(JdbcClient jdbc, Entities entities, Mandates mandates, EntityRights rights) {
        this.rights = rights;
        this.jdbc = jdbc;
        this.entities = entities;
        this.mandates = mandates;
    }

    /** An entity's coming deadlines, soonest first. */
    public List<Deadline> of(long entityId, LocalDate today) {
        return forEntity(entities.get(entityId), today);
    }

    /**
     * What a person's dashboard shows: renewals of their own mandates and of the bodies they chair, and the
     * deadlines of the entities they run. Two statements (and those that name the mandates ending, when some do).
     */
    public List<Deadline> forPerson(long personId, LocalDate today) {
        List<Deadline> deadlines = new ArrayList<>();
        mandates.renewalAlerts(personId, today).forEach(m -> deadlines.add(mandateEnd(m)));
        Map<Long, LegalEntity> run = new LinkedHashMap<>();
        List<Deadline> declarations = new ArrayList<>();
        List<String> running = Arrays.stream(BodyKind.values()).filter(BodyKind::runsTheEntity).map(Enum::name).toList();
        // the entities the person runs, each with its open prefecture declarations
        jdbc.sql("WITH held AS (" + Mandates.BODIES_HELD + ") SELECT " + Entities.ENTITY_COLUMNS.replaceAll("(\\w+)", "e.$1")
                + """
                , r.id AS reminder_id, r.subject AS reminder_subject, r.due_on AS reminder_due
                  FROM governance.entity e
                  LEFT JOIN governance.reminder r ON r.entity_id = e.id AND r.done_on IS NULL
                 WHERE e.id IN (SELECT entity_id FROM held WHERE kind IN (:running))
                 ORDER BY e.id, r.due_on""")
            .param("person", personId).param("date", today).param("running", running)
            .query(rs -> {
                if (!run.containsKey(rs.getLong("id"))) {
                    run.put(rs.getLong("id"), Entities.entity(rs, 0));
                }
                LegalEntity entity = run.get(rs.getLong("id"));
                if (rs.getObject("reminder_id") != null) {
                    declarations.add(new Deadline(entity.id(), entity.name(), rs.getObject("reminder_due", LocalDate.class),
                        Deadline.Kind.PREFECTURE_DECLARATION, rs.getString("reminder_subject"), rs.getLong("reminder_id"), null));
                }
            });
        deadlines.addAll(revisions(run.values(), today));
        deadlines.addAll(declarations);
        return deadlines.stream().distinct().sorted(Comparator.comparing(Deadline::due)).toList();
    }

    @Transactional
    public void markDone(Actor actor, long entityId, long reminderId, LocalDate on) {
        rights.requireManage(actor, entityId);
        int updated = jdbc.sql("UPDATE governance.reminder SET done_on = :on WHERE id = :id AND entity_id = :entity AND done_on IS NULL")
            .param("on", on).param("id", reminderId).param("entity", entityId).update();
        if (updated == 0) {
            throw new GovernanceNotFoundException("reminder " + reminderId);
        }
    }

    private List<Deadline> forEntity(LegalEntity entity, LocalDate today) {
        List<Deadline> deadlines = new ArrayList<>(revisions(List.of(entity), today));
        jdbc.sql("SELECT id, subject, due_on FROM governance.reminder WHERE done_on IS NULL AND entity_id = :entity ORDER BY due_on")
            .param("entity", entity.id())
            .query((rs, n) -> new Deadline(entity.id(), entity.name(), rs.getObject(3, LocalDate.class),
                Deadline.Kind.PREFECTURE_DECLARATION, rs.getString(2), rs.getLong(1), null))
            .list().forEach(deadlines::add);
        LocalDate horizon = today.plusDays(Mandates.RENEWAL_ALERT_DAYS);
        mandates.current(today).stream()
            .filter(m -> m.body().entityId() == entity.id() && m.mandate().endsOn() != null
                && !m.mandate().endsOn().isAfter(horizon))
            .forEach(m -> deadlines.add(mandateEnd(m)));
        deadlines.sort(Comparator.comparing(Deadline::due));
        return deadlines;
    }

    /** The SCIC's cooperative revision, once it is less than {@link #REVISION_NOTICE_DAYS} days away (or overdue). */
    private static List<Deadline> revisions(Collection<LegalEntity> entities, LocalDate today) {
        List<Deadline> deadlines = new ArrayList<>();
        for (LegalEntity entity : entities) {
            if (entity.legalForm().isScic()) {
                LocalDate due = entity.nextCooperativeRevision() == null ? today : entity.nextCooperativeRevision();
                if (!due.isAfter(today.plusDays(REVISION_NOTICE_DAYS))) {
                    deadlines.add(new Deadline(entity.id(), entity.name(), due, Deadline.Kind.COOPERATIVE_REVISION, null, null, null));
                }
            }
        }
        return deadlines;
    }

    private static Deadline mandateEnd(HeldMandate m) {
        return new Deadline(m.body().entityId(), m.entityName(), m.mandate().endsOn(), Deadline.Kind.MANDATE_END,
            m.personName() + " – " + m.body().name(), null, m.body().id());
    }
}
