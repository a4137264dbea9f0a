package coop.toitcommun.governance.responsibility;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import coop.toitcommun.governance.GovernanceAccessDeniedException;
import coop.toitcommun.governance.GovernanceNotFoundException;
import coop.toitcommun.governance.responsibility.ResponsibilityException.Reason;
import coop.toitcommun.membership.HousePeople;
import coop.toitcommun.membership.People;
import coop.toitcommun.membership.PersonRef;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register of the house's responsibilities. Co-founders and admins create, change, hand over and archive; anyone
 * of the house reads; each method checks who acts ({@link HouseActor}) and refuses by itself. A handover is a line
 * of the responsibility's history, which the database keeps append-only; the holder never changes otherwise.
 * Changes lock the responsibility's row and compare the version the form was read at.
 */
@Service
@Transactional(readOnly = true)
@EnableConfigurationProperties(ResponsibilitySettings.class)
public class Responsibilities {

    private static final String COLUMNS = "r.id, r.title, r.holder_id, r.handover_note, r.review_on, r.archived_at, r.version";

    private final JdbcClient jdbc;
    private final People people;
    private final HousePeople house;
    private final Clock clock;
    private final ResponsibilitySettings settings;

    Responsibilities(JdbcClient jdbc, People people, HousePeople house, Clock clock, ResponsibilitySettings settings) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.people = people;
        this.house = house;
        this.clock = clock;
    }

    /** Live (or archived) responsibilities by title, a page at a time. */
    public Page<Responsibility> page(HouseActor actor, boolean archived, Pageable pageable) {
        requireRead(actor);
        List<Row> rows = jdbc.sql("SELECT " + COLUMNS + ", count(*) OVER () FROM governance.responsibility r"
                + " WHERE (r.archived_at IS NOT NULL) = :archived ORDER BY lower(r.title), r.id LIMIT :limit OFFSET :offset")
            .param("archived", archived).param("limit", pageable.getPageSize()).param("offset", pageable.getOffset())
            .query(Responsibilities::read).list();
        long total = rows.isEmpty()
            ? jdbc.sql("SELECT count(*) FROM governance.responsibility WHERE (archived_at IS NOT NULL) = :archived")
                .param("archived", archived).query(Long.class).single()
            : rows.get(0).total();
        return new PageImpl<>(views(actor, rows), pageable, total);
    }

    public Responsibility get(HouseActor actor, long id) {
        requireRead(actor);
        return views(actor, List.of(row(id))).get(0);
    }

    /** Its creation, then every handover, oldest first; the notes only for those who read the handover note. */
    public List<HandoverEntry> history(HouseActor actor, long id) {
        Responsibility responsibility = get(actor, id);
        record Line(Instant at, long by, Long from, long to, String note) {
        }
        List<Line> lines = jdbc.sql("""
                SELECT handed_at, by_person_id, from_person_id, to_person_id, note FROM governance.responsibility_handover
                 WHERE responsibility_id = :id ORDER BY handed_at, id""")
            .param("id", id)
            .query((rs, n) -> new Line(rs.getTimestamp(1).toInstant(), rs.getLong(2), (Long) rs.getObject(3), rs.getLong(4),
                rs.getString(5)))
            .list();
        Set<Long> ids = new HashSet<>();
        lines.forEach(line -> {
            ids.add(line.by());
            ids.add(line.to());
            if (line.from() != null) {
                ids.add(line.from());
            }
        });
        Map<Long, PersonRef> names = people.findAll(ids);
        return lines.stream().map(line -> new HandoverEntry(line.at(), name(names, line.by()),
            line.from() == null ? null : name(names, line.from()), name(names, line.to()),
            responsibility.noteShown() ? line.note() : "")).toList();
    }

    /** The people a holder or backups are chosen among: everyone of the house with an account. */
    public List<PersonRef> candidates(HouseActor actor) {
        requireManage(actor);
        return house.withAccount();
    }

    @Transactional
    public Responsibility create(HouseActor actor, NewResponsibility draft) {
        requireManage(actor);
        String title = title(draft.title());
        String note = note(draft.handoverNote());
        Set<Long> backups = backups(draft.backupIds(), draft.holderId());
        requireOfTheHouse(draft.holderId(), backups);
        requireFreeTitle(title, 0);
        long id;
        try {
            id = jdbc.sql("""
                    INSERT INTO governance.responsibility (title, holder_id, handover_note, review_on, created_at)
                    VALUES (:title, :holder, :note, :review, :now) RETURNING id""")
                .param("title", title).param("holder", draft.holderId()).param("note", note)
                .param("review", draft.reviewOn()).param("now", Timestamp.from(clock.instant()))
                .query(Long.class).single();
        } catch (DuplicateKeyException e) {
            throw new ResponsibilityException(Reason.TITLE_TAKEN);
        }
        insertBackups(id, backups);
        recordHandover(id, actor, null, draft.holderId(), "");
        return get(actor, id);
    }

    /** Title, backups, handover note and review date; the holder changes only by {@link #handOver}. */
    @Transactional
    public void change(HouseActor actor, long id, ResponsibilityChange change) {
        requireManage(actor);
        String title = title(change.title());
        String note = note(change.handoverNote());
        Row current = lockLive(id, change.version());
        Set<Long> backups = backups(change.backupIds(), current.holderId());
        requireOfTheHouse(current.holderId(), backups);
        requireFreeTitle(title, id);
        try {
            jdbc.sql("""
                    UPDATE governance.responsibility SET title = :title, handover_note = :note, review_on = :review,
                           version = version + 1 WHERE id = :id""")
                .param("title", title).param("note", note).param("review", change.reviewOn()).param("id", id).update();
        } catch (DuplicateKeyException e) {
            throw new ResponsibilityException(Reason.TITLE_TAKEN);
        }
        replaceBackups(id, backups);
    }

    /** A new holder from now on, and the backups; kept for good in the responsibility's history. */
    @Transactional
    public void handOver(HouseActor actor, long id, Handover handover) {
        requireManage(actor);
        String note = handover.note() == null ? "" : handover.note().strip();
        if (SecretText.holdsASecret(note)) {
            throw new ResponsibilityException(Reason.SECRET_IN_HANDOVER);
        }
        Row current = lockLive(id, handover.version());
        if (current.holderId() == handover.toHolderId()) {
            throw new ResponsibilityException(Reason.SAME_HOLDER);
        }
        Set<Long> backups = backups(handover.backupIds(), handover.toHolderId());
        requireOfTheHouse(handover.toHolderId(), backups);
        jdbc.sql("UPDATE governance.responsibility SET holder_id = :holder, version = version + 1 WHERE id = :id")
            .param("holder", handover.toHolderId()).param("id", id).update();
        replaceBackups(id, backups);
        recordHandover(id, actor, current.holderId(), handover.toHolderId(), note);
    }

    /** Out of the register and of the dependence view; its page and history stay. */
    @Transactional
    public void archive(HouseActor actor, long id, long version) {
        requireManage(actor);
        lockLive(id, version);
        jdbc.sql("""
                UPDATE governance.responsibility SET archived_at = :now, archived_by = :actor, version = version + 1
                 WHERE id = :id""")
            .param("now", Timestamp.from(clock.instant())).param("actor", actor.personId()).param("id", id).update();
    }

    /**
     * What the dashboard of those who manage the register says: the passed reviews, the responsibilities without a
     * backup and the people who hold too many. Holders are told of a passed review by email ({@link ReviewReminders});
     * other dashboards read nothing here, so that a member's dashboard keeps its few statements (issue 9).
     */
    public ResponsibilityAlerts alerts(HouseActor actor, LocalDate today) {
        if (!actor.manages()) {
            return ResponsibilityAlerts.NONE;
        }
        List<ResponsibilityAlerts.DueReview> reviews = jdbc.sql("""
                SELECT id, title, review_on, holder_id = :person FROM governance.responsibility
                 WHERE archived_at IS NULL AND review_on < :today
                 ORDER BY review_on, id""")
            .param("person", actor.personId()).param("today", today)
            .query((rs, n) -> new ResponsibilityAlerts.DueReview(rs.getLong(1), rs.getString(2),
                rs.getObject(3, LocalDate.class), rs.getBoolean(4)))
            .list();
        return jdbc.sql("""
                SELECT (SELECT count(*) FROM governance.responsibility r WHERE r.archived_at IS NULL AND NOT EXISTS
                            (SELECT 1 FROM governance.responsibility_backup b WHERE b.responsibility_id = r.id)),
                       (SELECT count(*) FROM (SELECT holder_id FROM governance.responsibility WHERE archived_at IS NULL
                                               GROUP BY holder_id HAVING count(*) > :threshold) loaded)""")
            .param("threshold", settings.dependenceThreshold())
            .query((rs, n) -> new ResponsibilityAlerts(reviews, rs.getInt(1), rs.getInt(2))).single();
    }

    /** Every live responsibility, for the dependence view. */
    List<Responsibility> live(HouseActor actor) {
        requireRead(actor);
        return views(actor, jdbc.sql("SELECT " + COLUMNS + ", 0 FROM governance.responsibility r WHERE r.archived_at IS NULL"
            + " ORDER BY lower(r.title), r.id").query(Responsibilities::read).list());
    }

    static void requireRead(HouseActor actor) {
        if (!actor.reads()) {
            throw new GovernanceAccessDeniedException("Person " + actor.personId() + " is not of the house");
        }
    }

    private static void requireManage(HouseActor actor) {
        if (!actor.manages()) {
            throw new GovernanceAccessDeniedException("Person " + actor.personId() + " does not manage the responsibilities");
        }
    }

    private record Row(long id, String title, long holderId, String note, LocalDate reviewOn, Instant archivedAt,
                       long version, long total) {
    }

    private static Row read(ResultSet rs, int n) throws SQLException {
        Timestamp archived = rs.getTimestamp(6);
        return new Row(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getObject(5, LocalDate.class),
            archived == null ? null : archived.toInstant(), rs.getLong(7), rs.getLong(8));
    }

    private Row row(long id) {
        return jdbc.sql("SELECT " + COLUMNS + ", 1 FROM governance.responsibility r WHERE r.id = :id").param("id", id)
            .query(Responsibilities::read).optional()
            .orElseThrow(() -> new GovernanceNotFoundException("responsibility " + id));
    }

    /** The row, locked, if it is still live and at the version the form was read at. */
    private Row lockLive(long id, long version) {
        Row row = jdbc.sql("SELECT " + COLUMNS + ", 1 FROM governance.responsibility r WHERE r.id = :id FOR UPDATE")
            .param("id", id).query(Responsibilities::read).optional()
            .orElseThrow(() -> new GovernanceNotFoundException("responsibility " + id));
        if (row.archivedAt() != null || row.version() != version) {
            throw new ResponsibilityException(Reason.CHANGED_MEANWHILE);
        }
        return row;
    }

    /** Backups and names in two statements, whatever the number of rows. */
    private List<Responsibility> views(HouseActor actor, List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Long>> backupIds = new HashMap<>();
        jdbc.sql("""
                SELECT responsibility_id, person_id FROM governance.responsibility_backup
                 WHERE responsibility_id IN (:ids)""")
            .param("ids", rows.stream().map(Row::id).toList())
            .query(rs -> {
                backupIds.computeIfAbsent(rs.getLong(1), key -> new ArrayList<>()).add(rs.getLong(2));
            });
        Set<Long> ids = new HashSet<>();
        rows.forEach(row -> ids.add(row.holderId()));
        backupIds.values().forEach(ids::addAll);
        Map<Long, PersonRef> names = people.findAll(ids);
        return rows.stream().map(row -> {
            List<PersonRef> backups = backupIds.getOrDefault(row.id(), List.of()).stream().map(names::get)
                .sorted(Comparator.comparing(PersonRef::displayName).thenComparing(PersonRef::id)).toList();
            boolean noteShown = actor.manages() || row.holderId() == actor.personId()
                || backups.stream().anyMatch(backup -> backup.id() == actor.personId());
            return new Responsibility(row.id(), row.title(), names.get(row.holderId()), backups,
                noteShown ? row.note() : "", noteShown, row.reviewOn(), row.archivedAt(), row.version());
        }).toList();
    }

    private static String title(String title) {
        String clean = title == null ? "" : title.strip();
        if (SecretText.holdsASecret(clean)) {
            throw new ResponsibilityException(Reason.SECRET_IN_TITLE);
        }
        return clean;
    }

    private static String note(String note) {
        String clean = note == null ? "" : note.strip();
        if (SecretText.holdsASecret(clean)) {
            throw new ResponsibilityException(Reason.SECRET_IN_NOTE);
        }
        return clean;
    }

    /** The holder is never their own backup. */
    private static Set<Long> backups(Collection<Long> chosen, long holderId) {
        Set<Long> backups = new LinkedHashSet<>(chosen == null ? List.of() : chosen);
        backups.remove(holderId);
        return backups;
    }

    private void requireOfTheHouse(long holderId, Set<Long> backups) {
        Set<Long> wanted = new HashSet<>(backups);
        wanted.add(holderId);
        if (!house.recipients(wanted).keySet().containsAll(wanted)) {
            throw new ResponsibilityException(Reason.UNKNOWN_PERSON);
        }
    }

    private void requireFreeTitle(String title, long exceptId) {
        boolean taken = jdbc.sql("""
                SELECT exists (SELECT 1 FROM governance.responsibility
                                WHERE archived_at IS NULL AND lower(title) = lower(:title) AND id <> :id)""")
            .param("title", title).param("id", exceptId).query(Boolean.class).single();
        if (taken) {
            throw new ResponsibilityException(Reason.TITLE_TAKEN);
        }
    }

    private void insertBackups(long id, Set<Long> backups) {
        for (long person : backups) {
            jdbc.sql("INSERT INTO governance.responsibility_backup (responsibility_id, person_id) VALUES (:id, :person)")
                .param("id", id).param("person", person).update();
        }
    }

    private void replaceBackups(long id, Set<Long> backups) {
        jdbc.sql("DELETE FROM governance.responsibility_backup WHERE responsibility_id = :id").param("id", id).update();
        insertBackups(id, backups);
    }

    private void recordHandover(long id, HouseActor actor, Long from, long to, String note) {
        jdbc.sql("""
                INSERT INTO governance.responsibility_handover
                       (responsibility_id, handed_at, by_person_id, from_person_id, to_person_id, note)
                VALUES (:id, :now, :by, :from, :to, :note)""")
            .param("id", id).param("now", Timestamp.from(clock.instant())).param("by", actor.personId())
            .param("from", from, Types.BIGINT).param("to", to).param("note", note).update();
    }

    private static String name(Map<Long, PersonRef> names, long id) {
        PersonRef person = names.get(id);
        return person == null ? "#" + id : person.displayName();
    }
}
