package coop.toitcommun.venue.volunteering;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

import coop.toitcommun.venue.VenueAccessDeniedException;
import coop.toitcommun.venue.VenueNotFoundException;
import coop.toitcommun.membership.HouseClock;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The house's volunteer missions: coordinators create and change them; everyone who volunteers reads them. */
@Service
@Transactional(readOnly = true)
public class Missions {

    private static final String COLUMNS = """
        SELECT m.id, m.name, m.description, m.version,
               (SELECT count(*) FROM venue.volunteer_shift s
                 WHERE s.mission_id = m.id AND s.cancelled_at IS NULL AND s.starts_at > :now AND s.taken < s.places)
          FROM venue.volunteer_mission m""";

    private final JdbcClient jdbc;
    private final HouseClock time;

    Missions(JdbcClient jdbc, HouseClock time) {
        this.jdbc = jdbc;
        this.time = time;
    }

    /** Every mission, by name. */
    public List<MissionView> all() {
        return jdbc.sql(COLUMNS + " ORDER BY lower(m.name), m.id").param("now", Timestamp.from(time.now()))
            .query((rs, n) -> new MissionView(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getInt(5)))
            .list();
    }

    public Optional<MissionView> find(long missionId) {
        return jdbc.sql(COLUMNS + " WHERE m.id = :id").param("now", Timestamp.from(time.now())).param("id", missionId)
            .query((rs, n) -> new MissionView(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getInt(5)))
            .optional();
    }

    public MissionView get(long missionId) {
        return find(missionId).orElseThrow(() -> new VenueNotFoundException("mission " + missionId));
    }

    /** Only coordinators open the form of a new mission; anybody else is refused here. */
    public void checkMayCreate(VolunteeringActor actor) {
        mayCoordinate(actor);
    }

    /** A mission as its edit form shows it, for coordinators. */
    public MissionView forEditing(VolunteeringActor actor, long missionId) {
        mayCoordinate(actor);
        return get(missionId);
    }

    /**
     * Creates a mission.
     *
     * @throws VolunteeringRefusedException a mission of that name exists ({@code volunteering.refused.missionName})
     */
    @Transactional
    public MissionView create(MissionCommand command) {
        mayCoordinate(command.actor());
        try {
            long id = jdbc.sql("""
                    INSERT INTO venue.volunteer_mission (name, description, created_by, created_at)
                    VALUES (:name, :description, :by, :now) RETURNING id""")
                .param("name", command.name().trim()).param("description", text(command.description()))
                .param("by", command.actor().personId()).param("now", Timestamp.from(time.now()))
                .query(Long.class).single();
            return get(id);
        } catch (DuplicateKeyException e) {
            throw new VolunteeringRefusedException("volunteering.refused.missionName", command.name().trim());
        }
    }

    /** Changes a mission's name and description, if nobody changed it since {@code command.version()}. */
    @Transactional
    public MissionView change(long missionId, MissionCommand command) {
        mayCoordinate(command.actor());
        get(missionId);
        int changed;
        try {
            changed = jdbc.sql("""
                    UPDATE venue.volunteer_mission SET name = :name, description = :description, version = version + 1
                     WHERE id = :id AND version = :version""")
                .param("name", command.name().trim()).param("description", text(command.description()))
                .param("id", missionId).param("version", command.version()).update();
        } catch (DuplicateKeyException e) {
            throw new VolunteeringRefusedException("volunteering.refused.missionName", command.name().trim());
        }
        if (changed == 0) {
            throw new ObjectOptimisticLockingFailureException("volunteer mission", missionId);
        }
        return get(missionId);
    }

    static void mayCoordinate(VolunteeringActor actor) {
        if (!actor.coordinator()) {
            throw new VenueAccessDeniedException("volunteering coordination");
        }
    }

    private static String text(String value) {
        return value == null ? "" : value.trim();
    }
}
