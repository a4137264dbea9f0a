package coop.toitcommun.venue.volunteering;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import coop.toitcommun.membership.People;
import coop.toitcommun.membership.PersonRef;
import coop.toitcommun.membership.Role;
import coop.toitcommun.membership.RoleHolders;
import coop.toitcommun.membership.HouseClock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The load of the house's volunteers: confirmed hours per person over rolling 4 and 12 weeks (by the start of the
 * shift), the busiest few's share, and the overload thresholds the house sets ({@link OverloadSettings}). People
 * above a threshold are told once per crossing ({@link #tellNewOverloads}).
 */
@Service
@Transactional(readOnly = true)
public class Loads {

    static final Duration FOUR_WEEKS = Duration.ofDays(28);
    static final Duration TWELVE_WEEKS = Duration.ofDays(84);

    private final JdbcClient jdbc;
    private final HouseClock time;
    private final People people;
    private final RoleHolders roleHolders;
    private final ApplicationEventPublisher events;

    Loads(JdbcClient jdbc, HouseClock time, People people, RoleHolders roleHolders, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.time = time;
        this.people = people;
        this.roleHolders = roleHolders;
        this.events = events;
    }

    public OverloadSettings settings() {
        return jdbc.sql("SELECT weekly_hours, share_percent, share_minimum_hours, version FROM venue.volunteering_settings WHERE id = 1")
            .query((rs, n) -> new OverloadSettings(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getLong(4))).single();
    }

    /** The thresholds, for a coordinator to change them. */
    public OverloadSettings settingsToEdit(VolunteeringActor actor) {
        Missions.mayCoordinate(actor);
        return settings();
    }

    /** A coordinator changes the thresholds, if nobody changed them since {@code settings.version()}. */
    @Transactional
    public OverloadSettings change(VolunteeringActor actor, OverloadSettings settings) {
        Missions.mayCoordinate(actor);
        if (settings.weeklyHours() < 1 || settings.weeklyHours() > 60 || settings.sharePercent() < 1
            || settings.sharePercent() > 100 || settings.shareMinimumHours() < 0 || settings.shareMinimumHours() > 10000) {
            throw new VolunteeringRefusedException("volunteering.refused.settings");
        }
        int changed = jdbc.sql("""
                UPDATE venue.volunteering_settings SET weekly_hours = :weekly, share_percent = :share,
                       share_minimum_hours = :minimum, version = version + 1
                 WHERE id = 1 AND version = :version""")
            .param("weekly", settings.weeklyHours()).param("share", settings.sharePercent())
            .param("minimum", settings.shareMinimumHours()).param("version", settings.version()).update();
        if (changed == 0) {
            throw new ObjectOptimisticLockingFailureException("volunteering settings", 1);
        }
        return settings();
    }

    /**
     * The load of everyone who volunteers (people with the volunteer role, those recorded without an account, and
     * anyone with hours or sign-ups in the window), most loaded first, for coordinators.
     */
    public LoadReport report(VolunteeringActor actor) {
        Missions.mayCoordinate(actor);
        Instant now = time.now();
        OverloadSettings settings = settings();
        Map<Long, Minutes> minutes = minutes(now);
        long total4 = minutes.values().stream().mapToLong(Minutes::four).sum();
        long total12 = minutes.values().stream().mapToLong(Minutes::twelve).sum();
        Map<Long, String> names = new HashMap<>();
        roleHolders.holding(List.of(Role.VOLUNTEER)).forEach(h -> names.put(h.personId(), h.displayName()));
        List<Long> recorded = jdbc.sql("SELECT person_id FROM venue.volunteer_consent").query(Long.class).list();
        List<Long> unnamed = java.util.stream.Stream.concat(minutes.keySet().stream(), recorded.stream()).distinct()
            .filter(id -> !names.containsKey(id)).toList();
        people.findAll(unnamed).values().forEach(p -> names.put(p.id(), p.displayName()));
        List<PersonLoad> loads = new ArrayList<>();
        names.forEach((id, name) -> {
            Minutes m = minutes.getOrDefault(id, Minutes.NONE);
            loads.add(new PersonLoad(id, name, m.four(), m.twelve(), m.coming(), settings.over(m.four(), total4)));
        });
        loads.sort(Comparator.comparingLong(PersonLoad::minutes4).reversed()
            .thenComparing(Comparator.comparingLong(PersonLoad::minutes12).reversed())
            .thenComparing(PersonLoad::name, String.CASE_INSENSITIVE_ORDER));
        return new LoadReport(loads, total4, total12, settings);
    }

    /** The people a coordinator may sign up on a shift, least loaded first (over 4 weeks, then 12, then coming). */
    public List<PersonLoad> candidates(VolunteeringActor actor, long shiftId) {
        List<Long> onIt = jdbc.sql("SELECT person_id FROM venue.volunteer_signup WHERE shift_id = :shift AND withdrawn_at IS NULL")
            .param("shift", shiftId).query(Long.class).list();
        return report(actor).people().stream().filter(p -> !onIt.contains(p.personId()))
            .sorted(Comparator.comparingLong(PersonLoad::minutes4).thenComparingLong(PersonLoad::minutes12)
                .thenComparingLong(PersonLoad::comingMinutes).thenComparing(PersonLoad::name, String.CASE_INSENSITIVE_ORDER))
            .toList();
    }

    /** The acting person's own confirmed hours and whether they cross a threshold: one statement. */
    public MyLoad mine(VolunteeringActor actor) {
        Instant now = time.now();
        return jdbc.sql("""
                SELECT st.weekly_hours, st.share_percent, st.share_minimum_hours, st.version,
                       coalesce(sum(g.confirmed_minutes) FILTER (WHERE g.person_id = :person AND s.starts_at >= :from4), 0),
                       coalesce(sum(g.confirmed_minutes) FILTER (WHERE g.person_id = :person), 0),
                       coalesce(sum(g.confirmed_minutes) FILTER (WHERE s.starts_at >= :from4), 0)
                  FROM venue.volunteering_settings st
                  LEFT JOIN venue.volunteer_shift s ON s.starts_at >= :from12 AND s.starts_at < :now
                  LEFT JOIN venue.volunteer_signup g ON g.shift_id = s.id AND g.confirmed_minutes IS NOT NULL
                 WHERE st.id = 1
                 GROUP BY st.house_id, st.id""")
            .param("person", actor.personId()).param("now", Timestamp.from(now))
            .param("from4", Timestamp.from(now.minus(FOUR_WEEKS))).param("from12", Timestamp.from(now.minus(TWELVE_WEEKS)))
            .query((rs, n) -> {
                OverloadSettings settings = new OverloadSettings(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getLong(4));
                return new MyLoad(rs.getLong(5), rs.getLong(6), settings.over(rs.getLong(5), rs.getLong(7)), settings);
            }).single();
    }

    /**
     * Records who crossed a threshold since the last look and publishes {@link VolunteerOverloaded} for each, once per
     * crossing; forgets those who fell back below. Safe on several instances at once: the row that records a crossing
     * is inserted with {@code ON CONFLICT DO NOTHING}, so only the instance whose insert wins tells anyone. Returns the
     * people told.
     */
    @Transactional
    public List<Long> tellNewOverloads() {
        Instant now = time.now();
        OverloadSettings settings = settings();
        Map<Long, Minutes> minutes = minutes(now);
        long total4 = minutes.values().stream().mapToLong(Minutes::four).sum();
        List<Long> over = minutes.entrySet().stream().filter(e -> settings.over(e.getValue().four(), total4))
            .map(Map.Entry::getKey).sorted().toList();
        if (over.isEmpty()) {
            jdbc.sql("DELETE FROM venue.volunteer_overload").update();
        } else {
            jdbc.sql("DELETE FROM venue.volunteer_overload WHERE person_id NOT IN (:over)").param("over", over).update();
        }
        List<Long> crossed = new ArrayList<>();
        for (Long personId : over) {
            jdbc.sql("""
                    INSERT INTO venue.volunteer_overload (person_id, crossed_at) VALUES (:person, :now)
                    ON CONFLICT (person_id) DO NOTHING RETURNING person_id""")
                .param("person", personId).param("now", Timestamp.from(now)).query(Long.class).optional()
                .ifPresent(crossed::add);
        }
        if (crossed.isEmpty()) {
            return crossed;
        }
        List<RoleHolders.Holder> coordinators = roleHolders.holding(VolunteeringActor.COORDINATOR_ROLES);
        Map<Long, PersonRef> found = people.findAll(crossed);
        for (Long personId : crossed) {
            PersonRef person = found.get(personId);
            events.publishEvent(new VolunteerOverloaded(personId, person.displayName(), person.email(),
                minutes.get(personId).four(), settings,
                coordinators.stream().filter(c -> c.personId() != personId).toList()));
        }
        return crossed;
    }

    /** Confirmed minutes over 4 and 12 weeks and minutes signed up for the coming 4 weeks, per person, in one statement. */
    private Map<Long, Minutes> minutes(Instant now) {
        Map<Long, Minutes> minutes = new HashMap<>();
        jdbc.sql("""
                SELECT g.person_id,
                       coalesce(sum(g.confirmed_minutes) FILTER (WHERE s.starts_at >= :from4 AND s.starts_at < :now), 0),
                       coalesce(sum(g.confirmed_minutes) FILTER (WHERE s.starts_at < :now), 0),
                       coalesce(sum(extract(epoch FROM s.ends_at - s.starts_at) / 60)
                           FILTER (WHERE s.starts_at >= :now AND s.cancelled_at IS NULL), 0)
                  FROM venue.volunteer_signup g JOIN venue.volunteer_shift s ON s.id = g.shift_id
                 WHERE g.withdrawn_at IS NULL AND s.starts_at >= :from12 AND s.starts_at < :until
                 GROUP BY g.person_id""")
            .param("now", Timestamp.from(now)).param("from4", Timestamp.from(now.minus(FOUR_WEEKS)))
            .param("from12", Timestamp.from(now.minus(TWELVE_WEEKS))).param("until", Timestamp.from(now.plus(FOUR_WEEKS)))
            .query(rs -> {
                minutes.put(rs.getLong(1), new Minutes(rs.getLong(2), rs.getLong(3), rs.getLong(4)));
            });
        return minutes;
    }

    private record Minutes(long four, long twelve, long coming) {
        static final Minutes NONE = new Minutes(0, 0, 0);
    }
}
