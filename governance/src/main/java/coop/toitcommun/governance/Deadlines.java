package coop.toitcommun.governance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

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

    Deadlines(JdbcClient jdbc, Entities entities, Mandates mandates) {
        this.jdbc = jdbc;
        this.entities = entities;
        this.mandates = mandates;
    }

    /** An entity's coming deadlines, soonest first. */
    public List<Deadline> of(long entityId, LocalDate today) {
        return forEntities(List.of(entities.get(entityId)), today, true);
    }

    /**
     * What a person's dashboard shows: renewals of their own mandates and of the bodies they chair, and the
     * deadlines of the entities they run.
     */
    public List<Deadline> forPerson(long personId, LocalDate today) {
        List<Deadline> deadlines = new ArrayList<>();
        mandates.renewalAlerts(personId, today).forEach(m -> deadlines.add(mandateEnd(m)));
        List<Long> run = mandates.bodiesHeldBy(personId, today).stream().filter(b -> b.kind().runsTheEntity())
            .map(Body::entityId).distinct().toList();
        List<LegalEntity> entitiesRun = entities.all().stream().filter(e -> run.contains(e.id())).toList();
        deadlines.addAll(forEntities(entitiesRun, today, false));
        return deadlines.stream().distinct().sorted(Comparator.comparing(Deadline::due)).toList();
    }

    @Transactional
    public void markDone(long entityId, long reminderId, LocalDate on) {
        int updated = jdbc.sql("UPDATE governance.reminder SET done_on = :on WHERE id = :id AND entity_id = :entity AND done_on IS NULL")
            .param("on", on).param("id", reminderId).param("entity", entityId).update();
        if (updated == 0) {
            throw new GovernanceNotFoundException("reminder " + reminderId);
        }
    }

    private List<Deadline> forEntities(List<LegalEntity> list, LocalDate today, boolean withMandates) {
        List<Deadline> deadlines = new ArrayList<>();
        Map<Long, String> names = list.stream().collect(Collectors.toMap(LegalEntity::id, LegalEntity::name));
        for (LegalEntity entity : list) {
            if (entity.legalForm().isScic()) {
                LocalDate due = entity.nextCooperativeRevision() == null ? today : entity.nextCooperativeRevision();
                if (!due.isAfter(today.plusDays(REVISION_NOTICE_DAYS))) {
                    deadlines.add(new Deadline(entity.id(), entity.name(), due, Deadline.Kind.COOPERATIVE_REVISION, null, null));
                }
            }
        }
        if (!names.isEmpty()) {
            jdbc.sql("""
                    SELECT id, entity_id, subject, due_on FROM governance.reminder
                    WHERE done_on IS NULL AND entity_id IN (:entities) ORDER BY due_on""")
                .param("entities", names.keySet())
                .query((rs, n) -> new Deadline(rs.getLong(2), names.get(rs.getLong(2)), rs.getObject(4, LocalDate.class),
                    Deadline.Kind.PREFECTURE_DECLARATION, rs.getString(3), rs.getLong(1)))
                .list().forEach(deadlines::add);
        }
        if (withMandates) {
            LocalDate horizon = today.plusDays(Mandates.RENEWAL_ALERT_DAYS);
            mandates.current(today).stream()
                .filter(m -> names.containsKey(m.body().entityId()) && m.mandate().endsOn() != null
                    && !m.mandate().endsOn().isAfter(horizon))
                .forEach(m -> deadlines.add(mandateEnd(m)));
        }
        deadlines.sort(Comparator.comparing(Deadline::due));
        return deadlines;
    }

    private static Deadline mandateEnd(HeldMandate m) {
        return new Deadline(m.body().entityId(), m.entityName(), m.mandate().endsOn(), Deadline.Kind.MANDATE_END,
            m.personName() + " – " + m.body().name(), null);
    }
}
