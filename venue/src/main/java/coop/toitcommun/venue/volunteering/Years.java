package coop.toitcommun.venue.volunteering;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;

import coop.toitcommun.membership.People;
import coop.toitcommun.membership.PersonRef;
import coop.toitcommun.venue.VenueNotFoundException;
import coop.toitcommun.membership.HouseClock;
import coop.toitcommun.venue.LocalTimes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Confirmed volunteering over a calendar year of the house (shifts starting between 1 January and 31 December, local
 * time): per mission for the association's annual accounts, per person for their attestation.
 */
@Service
@Transactional(readOnly = true)
public class Years {

    /** The years one may ask for; others are unknown pages. */
    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;

    private static final String BY_MISSION = """
        SELECT m.name, count(DISTINCT s.id), count(DISTINCT g.person_id), sum(g.confirmed_minutes)
          FROM venue.volunteer_signup g JOIN venue.volunteer_shift s ON s.id = g.shift_id
          JOIN venue.volunteer_mission m ON m.id = s.mission_id
         WHERE g.confirmed_minutes > 0 AND s.starts_at >= :from AND s.starts_at < :to""";

    private final JdbcClient jdbc;
    private final HouseClock time;
    private final People people;

    Years(JdbcClient jdbc, HouseClock time, People people) {
        this.jdbc = jdbc;
        this.time = time;
        this.people = people;
    }

    /** Every mission's confirmed hours in {@code year}, by name: coordinators only. */
    public List<MissionYear> byMission(VolunteeringActor actor, int year) {
        Missions.mayCoordinate(actor);
        return missions(BY_MISSION + " GROUP BY m.id, m.name ORDER BY lower(m.name), m.id", year, null);
    }

    /** A person's confirmed hours in {@code year}, mission by mission: their own, or anyone's for a coordinator. */
    public PersonYear ofPerson(VolunteeringActor actor, long personId, int year) {
        if (personId != actor.personId()) {
            Missions.mayCoordinate(actor);
        }
        PersonRef person = people.find(personId).orElseThrow(() -> new VenueNotFoundException("person " + personId));
        return new PersonYear(personId, person.displayName(), year, missions(BY_MISSION
            + " AND g.person_id = :person GROUP BY m.id, m.name ORDER BY lower(m.name), m.id", year, personId));
    }

    private List<MissionYear> missions(String sql, int year, Long personId) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new VenueNotFoundException("year " + year);
        }
        JdbcClient.StatementSpec statement = jdbc.sql(sql)
            .param("from", Timestamp.from(LocalTimes.instantOf(time, LocalDate.of(year, 1, 1).atStartOfDay())))
            .param("to", Timestamp.from(LocalTimes.instantOf(time, LocalDate.of(year + 1, 1, 1).atStartOfDay())));
        if (personId != null) {
            statement = statement.param("person", personId);
        }
        return statement.query((rs, n) -> new MissionYear(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getLong(4))).list();
    }
}
