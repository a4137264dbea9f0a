package coop.toitcommun.venue.volunteering;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import coop.toitcommun.membership.People;
import coop.toitcommun.membership.PersonRef;
import coop.toitcommun.venue.VenueAccessDeniedException;
import coop.toitcommun.venue.VenueNotFoundException;
import coop.toitcommun.membership.HouseClock;
import coop.toitcommun.venue.LocalTimes;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Shifts of the missions: coordinators plan them (once, or every week for a period) and cancel them; volunteers sign
 * up and withdraw until the shift starts; coordinators sign people up, and confirm or correct the hours done.
 *
 * <p>Every change of a shift's places first locks the shift's row ({@code FOR UPDATE}): two people asking for the
 * last place at once are served one after the other, so exactly one gets it and the other is told it is full. The
 * {@code taken} column carries a CHECK against the places, the database's last word; one live sign-up per person and
 * shift is a partial unique index.
 */
@Service
@Transactional(readOnly = true)
public class Shifts {

    /** The most shifts one plan creates (a year of weeks). */
    static final int MOST_SHIFTS = 53;

    private static final String COLUMNS = """
        SELECT s.id, s.mission_id, m.name, s.starts_at, s.ends_at, s.places, s.taken, s.cancelled_at IS NOT NULL,
               (SELECT g.id FROM venue.volunteer_signup g
                 WHERE g.shift_id = s.id AND g.person_id = :reader AND g.withdrawn_at IS NULL) AS mine
          FROM venue.volunteer_shift s JOIN venue.volunteer_mission m ON m.id = s.mission_id""";

    private final JdbcClient jdbc;
    private final HouseClock time;
    private final People people;
    private final ApplicationEventPublisher events;

    Shifts(JdbcClient jdbc, HouseClock time, People people, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.time = time;
        this.people = people;
        this.events = events;
    }

    /**
     * Creates the shifts of a plan for a mission; returns how many.
     *
     * @throws VolunteeringRefusedException an end before the start, a start in the past or at an hour that does not
     *     exist, a repetition ending before it starts or beyond a year
     */
    @Transactional
    public int plan(long missionId, ShiftPlan plan) {
        Missions.mayCoordinate(plan.actor());
        jdbc.sql("SELECT id FROM venue.volunteer_mission WHERE id = :id").param("id", missionId).query(Long.class)
            .optional().orElseThrow(() -> new VenueNotFoundException("mission " + missionId));
        if (!plan.end().isAfter(plan.start())) {
            throw new VolunteeringRefusedException("volunteering.refused.endBeforeStart");
        }
        if (plan.places() < 1 || plan.places() > 50) {
            throw new VolunteeringRefusedException("volunteering.refused.places");
        }
        List<LocalDate> dates = dates(plan);
        Instant now = time.now();
        for (LocalDate date : dates) {
            LocalDateTime start = date.atTime(plan.start());
            LocalDateTime end = date.atTime(plan.end());
            if (!time.exists(start) || !time.exists(end)) {
                throw new VolunteeringRefusedException("volunteering.refused.skippedHour", date);
            }
            if (!LocalTimes.instantOf(time, start).isAfter(now)) {
                throw new VolunteeringRefusedException("volunteering.refused.past");
            }
        }
        for (LocalDate date : dates) {
            jdbc.sql("""
                    INSERT INTO venue.volunteer_shift (mission_id, starts_at, ends_at, places, created_by, created_at)
                    VALUES (:mission, :start, :end, :places, :by, :now)""")
                .param("mission", missionId).param("start", Timestamp.from(LocalTimes.instantOf(time, date.atTime(plan.start()))))
                .param("end", Timestamp.from(LocalTimes.instantOf(time, date.atTime(plan.end())))).param("places", plan.places())
                .param("by", plan.actor().personId()).param("now", Timestamp.from(now)).update();
        }
        return dates.size();
    }

    /**
     * A coordinator records a shift already done, with the people who came, their hours confirmed as the shift's
     * length: for help nobody planned, and for the history a house brings when it starts using the application.
     * Returns the shift's id.
     */
    @Transactional
    public long recordDone(VolunteeringActor actor, long missionId, LocalDateTime start, LocalDateTime end,
                           List<Long> personIds) {
        Missions.mayCoordinate(actor);
        if (!end.isAfter(start)) {
            throw new VolunteeringRefusedException("volunteering.refused.endBeforeStart");
        }
        if (personIds.isEmpty() || personIds.size() > 50) {
            throw new VolunteeringRefusedException("volunteering.refused.places");
        }
        Instant from = LocalTimes.instantOf(time, start);
        Instant to = LocalTimes.instantOf(time, end);
        Instant now = time.now();
        if (from.isAfter(now)) {
            throw new VolunteeringRefusedException("volunteering.refused.notStarted");
        }
        int minutes = (int) Math.min(1440, java.time.Duration.between(from, to).toMinutes());
        long shiftId = jdbc.sql("""
                INSERT INTO venue.volunteer_shift (mission_id, starts_at, ends_at, places, taken, created_by, created_at)
                VALUES (:mission, :start, :end, :places, :places, :by, :now) RETURNING id""")
            .param("mission", missionId).param("start", Timestamp.from(from)).param("end", Timestamp.from(to))
            .param("places", personIds.size()).param("by", actor.personId()).param("now", Timestamp.from(now))
            .query(Long.class).single();
        for (Long personId : personIds) {
            jdbc.sql("""
                    INSERT INTO venue.volunteer_signup (shift_id, person_id, signed_up_by, signed_up_at, confirmed_minutes,
                        confirmed_by, confirmed_at)
                    VALUES (:shift, :person, :by, :now, :minutes, :by, :now)""")
                .param("shift", shiftId).param("person", personId).param("by", actor.personId())
                .param("now", Timestamp.from(now)).param("minutes", minutes).update();
        }
        return shiftId;
    }

    /** The coming shifts, soonest first, of one mission or of all ({@code missionId} null), cancelled ones included. */
    public Page<ShiftView> coming(VolunteeringActor actor, Long missionId, Pageable page) {
        Timestamp now = Timestamp.from(time.now());
        String where = " WHERE s.ends_at > :now" + (missionId == null ? "" : " AND s.mission_id = :mission");
        JdbcClient.StatementSpec count = jdbc.sql("SELECT count(*) FROM venue.volunteer_shift s" + where).param("now", now);
        JdbcClient.StatementSpec list = jdbc.sql(COLUMNS + where + " ORDER BY s.starts_at, s.id LIMIT :limit OFFSET :offset")
            .param("now", now).param("reader", actor.personId())
            .param("limit", page.getPageSize()).param("offset", page.getOffset());
        if (missionId != null) {
            count = count.param("mission", missionId);
            list = list.param("mission", missionId);
        }
        long total = count.query(Long.class).single();
        return new PageImpl<>(total == 0 ? List.of() : list.query(this::view).list(), page, total);
    }

    public ShiftView get(VolunteeringActor actor, long shiftId) {
        return jdbc.sql(COLUMNS + " WHERE s.id = :id").param("id", shiftId).param("reader", actor.personId())
            .query(this::view).optional().orElseThrow(() -> new VenueNotFoundException("shift " + shiftId));
    }

    /** Who is signed up on a shift, in the order they came (names for everyone who volunteers). */
    public List<SignUpView> roster(VolunteeringActor actor, long shiftId) {
        mayVolunteer(actor);
        List<Object[]> rows = jdbc.sql("""
                SELECT id, person_id, confirmed_minutes FROM venue.volunteer_signup
                 WHERE shift_id = :shift AND withdrawn_at IS NULL ORDER BY id""")
            .param("shift", shiftId)
            .query((rs, n) -> new Object[] {rs.getLong(1), rs.getLong(2), rs.getObject(3)}).list();
        Map<Long, PersonRef> names = people.findAll(rows.stream().map(r -> (Long) r[1]).toList());
        return rows.stream().map(r -> new SignUpView((Long) r[0], (Long) r[1],
            Optional.ofNullable(names.get((Long) r[1])).map(PersonRef::displayName).orElse(""), (Integer) r[2])).toList();
    }

    /**
     * Signs the acting person up on a shift.
     *
     * @throws VolunteeringRefusedException the shift is full, started, cancelled, or the person is already on it
     */
    @Transactional
    public void signUp(VolunteeringActor actor, long shiftId) {
        mayVolunteer(actor);
        take(shiftId, actor.personId(), actor.personId());
    }

    /** A coordinator signs someone up on a shift, with the same rules. */
    @Transactional
    public void assign(VolunteeringActor actor, long shiftId, long personId) {
        Missions.mayCoordinate(actor);
        people.find(personId).orElseThrow(() -> new VenueNotFoundException("person " + personId));
        take(shiftId, personId, actor.personId());
    }

    /**
     * Withdraws a sign-up: one's own, or anyone's for a coordinator, until the shift starts; returns the shift's id.
     * Withdrawing twice changes nothing.
     */
    @Transactional
    public long withdraw(VolunteeringActor actor, long signUpId) {
        SignUp signUp = signUp(signUpId);
        if (signUp.personId() != actor.personId()) {
            Missions.mayCoordinate(actor);
        }
        Locked shift = lock(signUp.shiftId());
        if (!shift.start().isAfter(time.now())) {
            throw new VolunteeringRefusedException("volunteering.refused.started");
        }
        int withdrawn = jdbc.sql("""
                UPDATE venue.volunteer_signup SET withdrawn_at = :now WHERE id = :id AND withdrawn_at IS NULL""")
            .param("now", Timestamp.from(time.now())).param("id", signUpId).update();
        if (withdrawn > 0) {
            jdbc.sql("UPDATE venue.volunteer_shift SET taken = taken - 1 WHERE id = :id").param("id", signUp.shiftId()).update();
        }
        return signUp.shiftId();
    }

    /**
     * A coordinator confirms (or corrects) the minutes a person gave on a shift that has started: 0 when they did
     * not come. Returns the shift's id.
     */
    @Transactional
    public long confirm(VolunteeringActor actor, long signUpId, int minutes) {
        Missions.mayCoordinate(actor);
        SignUp signUp = signUp(signUpId);
        Locked shift = lock(signUp.shiftId());
        if (shift.start().isAfter(time.now())) {
            throw new VolunteeringRefusedException("volunteering.refused.notStarted");
        }
        if (minutes < 0 || minutes > 1440) {
            throw new VolunteeringRefusedException("volunteering.refused.minutes");
        }
        jdbc.sql("""
                UPDATE venue.volunteer_signup SET confirmed_minutes = :minutes, confirmed_by = :by, confirmed_at = :now
                 WHERE id = :id AND withdrawn_at IS NULL""")
            .param("minutes", minutes).param("by", actor.personId()).param("now", Timestamp.from(time.now()))
            .param("id", signUpId).update();
        return signUp.shiftId();
    }

    /** A coordinator cancels a coming shift; the people signed up on it are told ({@link ShiftCancelled}). */
    @Transactional
    public void cancel(VolunteeringActor actor, long shiftId) {
        Missions.mayCoordinate(actor);
        Locked shift = lock(shiftId);
        if (!shift.start().isAfter(time.now())) {
            throw new VolunteeringRefusedException("volunteering.refused.started");
        }
        int cancelled = jdbc.sql("UPDATE venue.volunteer_shift SET cancelled_at = :now WHERE id = :id AND cancelled_at IS NULL")
            .param("now", Timestamp.from(time.now())).param("id", shiftId).update();
        if (cancelled > 0) {
            List<Long> ids = roster(actor, shiftId).stream().map(SignUpView::personId).toList();
            Map<Long, PersonRef> found = people.findAll(ids);
            events.publishEvent(new ShiftCancelled(get(actor, shiftId), ids.stream().map(found::get).toList()));
        }
    }

    /** A person's shifts, coming and past, newest first: their own, or anyone's for a coordinator. */
    public Page<HoursLine> hoursOf(VolunteeringActor actor, long personId, Pageable page) {
        if (personId != actor.personId()) {
            Missions.mayCoordinate(actor);
        }
        long total = jdbc.sql("SELECT count(*) FROM venue.volunteer_signup WHERE person_id = :person AND withdrawn_at IS NULL")
            .param("person", personId).query(Long.class).single();
        if (total == 0) {
            return new PageImpl<>(List.of(), page, 0);
        }
        Instant now = time.now();
        List<HoursLine> lines = jdbc.sql("""
                SELECT g.id, s.id, m.name, s.starts_at, s.ends_at, s.cancelled_at IS NOT NULL, g.confirmed_minutes
                  FROM venue.volunteer_signup g JOIN venue.volunteer_shift s ON s.id = g.shift_id
                  JOIN venue.volunteer_mission m ON m.id = s.mission_id
                 WHERE g.person_id = :person AND g.withdrawn_at IS NULL
                 ORDER BY s.starts_at DESC, g.id DESC LIMIT :limit OFFSET :offset""")
            .param("person", personId).param("limit", page.getPageSize()).param("offset", page.getOffset())
            .query((rs, n) -> {
                Instant start = rs.getTimestamp(4).toInstant();
                return new HoursLine(rs.getLong(1), rs.getLong(2), rs.getString(3), time.at(start),
                    time.at(rs.getTimestamp(5).toInstant()), rs.getBoolean(6), !start.isAfter(now),
                    (Integer) rs.getObject(7));
            }).list();
        return new PageImpl<>(lines, page, total);
    }

    /** The acting person's next shifts, soonest first. */
    public List<HoursLine> nextOf(VolunteeringActor actor, int limit) {
        return jdbc.sql("""
                SELECT g.id, s.id, m.name, s.starts_at, s.ends_at
                  FROM venue.volunteer_signup g JOIN venue.volunteer_shift s ON s.id = g.shift_id
                  JOIN venue.volunteer_mission m ON m.id = s.mission_id
                 WHERE g.person_id = :person AND g.withdrawn_at IS NULL AND s.cancelled_at IS NULL AND s.starts_at > :now
                 ORDER BY s.starts_at, g.id LIMIT :limit""")
            .param("person", actor.personId()).param("now", Timestamp.from(time.now())).param("limit", limit)
            .query((rs, n) -> new HoursLine(rs.getLong(1), rs.getLong(2), rs.getString(3),
                time.at(rs.getTimestamp(4).toInstant()), time.at(rs.getTimestamp(5).toInstant()), false, false, null))
            .list();
    }

    /**
     * Announces the shifts that start within {@code ahead} and still need people, once each: the conditional update
     * that marks a shift announced decides, so several instances announce it once. For each, publishes
     * {@link ShiftNeedsPeople} with the people who have done its mission before (confirmed hours) and are not on it.
     * Returns the shifts announced.
     */
    @Transactional
    public List<Long> announceUnfilled(java.time.Duration ahead) {
        Instant now = time.now();
        List<Long> announced = jdbc.sql("""
                UPDATE venue.volunteer_shift SET announced_at = :now
                 WHERE announced_at IS NULL AND cancelled_at IS NULL AND taken < places
                   AND starts_at > :now AND starts_at <= :until
                RETURNING id""")
            .param("now", Timestamp.from(now)).param("until", Timestamp.from(now.plus(ahead))).query(Long.class).list();
        for (Long shiftId : announced) {
            List<Long> before = jdbc.sql("""
                    SELECT DISTINCT g.person_id
                      FROM venue.volunteer_shift s
                      JOIN venue.volunteer_shift earlier ON earlier.mission_id = s.mission_id AND earlier.starts_at < :now
                      JOIN venue.volunteer_signup g ON g.shift_id = earlier.id AND g.confirmed_minutes > 0
                     WHERE s.id = :shift
                       AND NOT EXISTS (SELECT 1 FROM venue.volunteer_signup on_it
                                        WHERE on_it.shift_id = s.id AND on_it.person_id = g.person_id
                                          AND on_it.withdrawn_at IS NULL)
                     ORDER BY g.person_id""")
                .param("now", Timestamp.from(now)).param("shift", shiftId).query(Long.class).list();
            if (!before.isEmpty()) {
                Map<Long, PersonRef> found = people.findAll(before);
                ShiftView shift = jdbc.sql(COLUMNS + " WHERE s.id = :id").param("id", shiftId).param("reader", 0L)
                    .query(this::view).single();
                events.publishEvent(new ShiftNeedsPeople(shift, before.stream().map(found::get).toList()));
            }
        }
        return announced;
    }

    /** The shift of a sign-up, for pages that return to it. */
    public long shiftOf(VolunteeringActor actor, long signUpId) {
        mayVolunteer(actor);
        return signUp(signUpId).shiftId();
    }

    static void mayVolunteer(VolunteeringActor actor) {
        if (!actor.volunteer()) {
            throw new VenueAccessDeniedException("volunteering");
        }
    }

    private void take(long shiftId, long personId, long by) {
        Locked shift = lock(shiftId);
        if (shift.cancelled()) {
            throw new VolunteeringRefusedException("volunteering.refused.cancelled");
        }
        if (!shift.start().isAfter(time.now())) {
            throw new VolunteeringRefusedException("volunteering.refused.started");
        }
        boolean already = jdbc.sql("""
                SELECT count(*) > 0 FROM venue.volunteer_signup
                 WHERE shift_id = :shift AND person_id = :person AND withdrawn_at IS NULL""")
            .param("shift", shiftId).param("person", personId).query(Boolean.class).single();
        if (already) {
            throw new VolunteeringRefusedException("volunteering.refused.already");
        }
        if (shift.taken() >= shift.places()) {
            throw new VolunteeringRefusedException("volunteering.refused.full");
        }
        jdbc.sql("""
                INSERT INTO venue.volunteer_signup (shift_id, person_id, signed_up_by, signed_up_at)
                VALUES (:shift, :person, :by, :now)""")
            .param("shift", shiftId).param("person", personId).param("by", by).param("now", Timestamp.from(time.now()))
            .update();
        jdbc.sql("UPDATE venue.volunteer_shift SET taken = taken + 1 WHERE id = :id").param("id", shiftId).update();
    }

    private Locked lock(long shiftId) {
        return jdbc.sql("SELECT starts_at, places, taken, cancelled_at IS NOT NULL FROM venue.volunteer_shift WHERE id = :id FOR UPDATE")
            .param("id", shiftId)
            .query((rs, n) -> new Locked(rs.getTimestamp(1).toInstant(), rs.getInt(2), rs.getInt(3), rs.getBoolean(4)))
            .optional().orElseThrow(() -> new VenueNotFoundException("shift " + shiftId));
    }

    private SignUp signUp(long signUpId) {
        return jdbc.sql("SELECT shift_id, person_id FROM venue.volunteer_signup WHERE id = :id").param("id", signUpId)
            .query((rs, n) -> new SignUp(rs.getLong(1), rs.getLong(2)))
            .optional().orElseThrow(() -> new VenueNotFoundException("sign-up " + signUpId));
    }

    private ShiftView view(ResultSet rs, int n) throws SQLException {
        Instant start = rs.getTimestamp(4).toInstant();
        return new ShiftView(rs.getLong(1), rs.getLong(2), rs.getString(3), time.at(start),
            time.at(rs.getTimestamp(5).toInstant()), rs.getInt(6), rs.getInt(7), rs.getBoolean(8),
            !start.isAfter(time.now()), (Long) rs.getObject(9));
    }

    private static List<LocalDate> dates(ShiftPlan plan) {
        if (plan.repeatUntil() == null) {
            return List.of(plan.date());
        }
        if (plan.repeatUntil().isBefore(plan.date())) {
            throw new VolunteeringRefusedException("volunteering.refused.repeatBeforeStart");
        }
        List<LocalDate> dates = new ArrayList<>();
        for (LocalDate date = plan.date(); !date.isAfter(plan.repeatUntil()); date = date.plusWeeks(1)) {
            if (dates.size() == MOST_SHIFTS) {
                throw new VolunteeringRefusedException("volunteering.refused.tooManyShifts", MOST_SHIFTS);
            }
            dates.add(date);
        }
        return dates;
    }

    private record Locked(Instant start, int places, int taken, boolean cancelled) {
    }

    private record SignUp(long shiftId, long personId) {
    }
}
