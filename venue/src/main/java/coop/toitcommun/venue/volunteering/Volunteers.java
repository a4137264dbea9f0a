package coop.toitcommun.venue.volunteering;

import java.sql.Timestamp;

import coop.toitcommun.membership.EmailAlreadyUsedException;
import coop.toitcommun.membership.Language;
import coop.toitcommun.membership.People;
import coop.toitcommun.membership.HouseClock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Volunteers without an account: a coordinator records their name and email (a person of membership, with no
 * account, hence no access) once they have consented, and the date of that consent. They then appear in the load
 * and can be signed up on shifts by coordinators.
 */
@Service
@Transactional(readOnly = true)
public class Volunteers {

    private final JdbcClient jdbc;
    private final People people;
    private final HouseClock time;

    Volunteers(JdbcClient jdbc, People people, HouseClock time) {
        this.jdbc = jdbc;
        this.people = people;
        this.time = time;
    }

    /** Only coordinators open the form that records a volunteer; anybody else is refused here. */
    public void checkMayRecord(VolunteeringActor actor) {
        Missions.mayCoordinate(actor);
    }

    /**
     * Records a volunteer without an account; returns their person id.
     *
     * @throws VolunteeringRefusedException without consent, or when the email is already someone's
     */
    @Transactional
    public long record(VolunteeringActor actor, String name, String email, boolean consented) {
        Missions.mayCoordinate(actor);
        if (!consented) {
            throw new VolunteeringRefusedException("volunteering.refused.consent");
        }
        long personId;
        try {
            personId = people.register(name, email, Language.FR).id();
        } catch (EmailAlreadyUsedException e) {
            throw new VolunteeringRefusedException("volunteering.refused.emailKnown", email.trim());
        }
        jdbc.sql("INSERT INTO venue.volunteer_consent (person_id, consented_at, recorded_by) VALUES (:person, :now, :by)")
            .param("person", personId).param("now", Timestamp.from(time.now())).param("by", actor.personId()).update();
        return personId;
    }
}
