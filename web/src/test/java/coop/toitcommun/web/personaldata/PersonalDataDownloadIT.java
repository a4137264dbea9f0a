package coop.toitcommun.web.personaldata;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Set;
import java.util.UUID;

import coop.toitcommun.membership.Accounts;
import coop.toitcommun.membership.Circle;
import coop.toitcommun.membership.Invitation;
import coop.toitcommun.membership.Language;
import coop.toitcommun.membership.OrganisationRef;
import coop.toitcommun.membership.OrganisationRole;
import coop.toitcommun.membership.OrganisationStatus;
import coop.toitcommun.membership.Organisations;
import coop.toitcommun.membership.Role;
import coop.toitcommun.web.support.TestAddresses;
import coop.toitcommun.web.support.WebClient;
import coop.toitcommun.web.support.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A person's download holds what every module keeps about them (membership, the legal entities, the venue), and
 * nothing of another person's.
 */
@WebIntegrationTest
class PersonalDataDownloadIT {

    private static final String PASSWORD = "une-phrase-de-passe-solide";

    @LocalServerPort int port;
    @Autowired Accounts accounts;
    @Autowired Organisations organisations;
    @Autowired JdbcClient jdbc;

    @Test
    void theDownloadHoldsMandatesMeetingsAnswersResponsibilitiesBookingsVolunteeringAndRegistrations() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String email = "Rose-" + tag + "@example.org";
        long rose = accounts.createActivated(new Invitation(email, "Rose Vasseur", Language.FR, Set.of(Role.MEMBER)), PASSWORD).personId();
        long other = accounts.createActivated(new Invitation("autre-" + tag + "@example.org", "Paul Autre", Language.FR,
            Set.of(Role.MEMBER)), PASSWORD).personId();
        OrganisationRef organisation = organisations.register("Structure " + tag, OrganisationStatus.MEMBER, Circle.FOUNDING);
        organisations.link(organisation.id(), rose, OrganisationRole.CONTACT);

        try {
            long body = jdbc.sql("SELECT min(id) FROM governance.body").query(Long.class).single();
            long meeting = jdbc.sql("""
                    SELECT min(id) FROM governance.meeting m
                     WHERE NOT EXISTS (SELECT 1 FROM governance.minutes WHERE meeting_id = m.id AND signed_at IS NOT NULL)""")
                .query(Long.class).single();
            jdbc.sql("""
                    INSERT INTO governance.mandate (body_id, person_id, role, starts_on) VALUES (:body, :rose, 'TREASURER', DATE '2026-06-27');
                    INSERT INTO governance.associate (entity_id, person_id, category, entry_date)
                    SELECT entity_id, :rose, 'VOLUNTEER', DATE '2026-01-15' FROM governance.body WHERE id = :body;
                    INSERT INTO governance.participant (meeting_id, person_id, name, votes, attendance)
                    VALUES (:meeting, :rose, 'Rose Vasseur', 1, 'PRESENT');
                    INSERT INTO governance.agenda_item (meeting_id, position, title, kind)
                    SELECT :meeting, coalesce(max(position), 0) + 1, 'Budget ' || :tag, 'DECISION' FROM governance.agenda_item
                     WHERE meeting_id = :meeting;
                    INSERT INTO governance.resolution (item_id, meeting_id, text, majority)
                    SELECT id, :meeting, 'Le budget est adopté.', 'SIMPLE' FROM governance.agenda_item WHERE title = 'Budget ' || :tag;
                    INSERT INTO governance.written_answer (item_id, participant_id, meeting_id, answer, answered_by, answered_at)
                    SELECT i.id, p.id, :meeting, 'FOR', :rose, now() FROM governance.agenda_item i, governance.participant p
                     WHERE i.title = 'Budget ' || :tag AND p.meeting_id = :meeting AND p.person_id = :rose;
                    INSERT INTO governance.responsibility (title, holder_id, review_on) VALUES ('Clés ' || :tag, :rose, DATE '2027-06-01');
                    INSERT INTO governance.responsibility (title, holder_id, review_on) VALUES ('Caisse ' || :tag, :other, DATE '2027-06-01');
                    INSERT INTO governance.responsibility_backup (responsibility_id, person_id)
                    SELECT id, :rose FROM governance.responsibility WHERE title = 'Caisse ' || :tag""")
                .param("body", body).param("meeting", meeting).param("rose", rose).param("other", other).param("tag", tag).update();
            jdbc.sql("""
                    INSERT INTO venue.booking (room_id, organisation_id, booked_by, title, attendees, starts_at, ends_at, blocked_until,
                                               status, created_at, updated_at)
                    SELECT (SELECT min(id) FROM venue.room), :organisation, person, title, 4, starts, starts + interval '1 hour',
                           starts + interval '1 hour', 'CONFIRMED', now(), now()
                      FROM (VALUES (:rose, 'Atelier ' || :tag, TIMESTAMPTZ '2031-03-04 09:00+01'),
                                   (:other, 'Réunion de Paul ' || :tag, TIMESTAMPTZ '2031-03-04 14:00+01')) AS b (person, title, starts);
                    INSERT INTO venue.volunteer_mission (name, created_by, created_at) VALUES ('Accueil ' || :tag, :other, now());
                    INSERT INTO venue.volunteer_shift (mission_id, starts_at, ends_at, places, taken, created_by, created_at)
                    SELECT id, TIMESTAMPTZ '2026-11-20 14:00+01', TIMESTAMPTZ '2026-11-20 17:00+01', 2, 1, :other, now()
                      FROM venue.volunteer_mission WHERE name = 'Accueil ' || :tag;
                    INSERT INTO venue.volunteer_signup (shift_id, person_id, signed_up_by, signed_up_at, confirmed_minutes,
                                                        confirmed_by, confirmed_at)
                    SELECT s.id, :rose, :rose, now(), 150, :other, now() FROM venue.volunteer_shift s
                      JOIN venue.volunteer_mission m ON m.id = s.mission_id WHERE m.name = 'Accueil ' || :tag;
                    INSERT INTO venue.volunteer_consent (person_id, consented_at, recorded_by) VALUES (:rose, now(), :other);
                    INSERT INTO venue.public_event (organisation_id, published_by, title, starts_at, ends_at, address,
                                                    registration_required, created_at, updated_at)
                    VALUES (:organisation, :other, 'Repair café ' || :tag, TIMESTAMPTZ '2031-04-04 14:00+02',
                            TIMESTAMPTZ '2031-04-04 17:00+02', 'Lens', true, now(), now());
                    INSERT INTO venue.event_registration (event_id, name, email, language, places, status, token_hash,
                                                          registered_at, changed_at)
                    SELECT e.id, r.name, r.email, 'fr', r.places, 'CONFIRMED', decode(md5(r.email), 'hex'), now(), now()
                      FROM venue.public_event e,
                           (VALUES ('Rose V.', lower(:email), 2), ('Paul', 'autre-' || :tag || '@example.org', 1)) AS r (name, email, places)
                     WHERE e.title = 'Repair café ' || :tag""")
                .param("organisation", organisation.id()).param("rose", rose).param("other", other).param("tag", tag)
                .param("email", email).update();

            WebClient client = new WebClient(port).header("X-Forwarded-For", TestAddresses.next());
            assertThat(client.signIn(email, PASSWORD).statusCode()).isEqualTo(302);
            HttpResponse<String> response = client.get("/account/data.json");
            assertThat(response.statusCode()).isEqualTo(200);
            JsonNode data = JsonMapper.builder().build().readTree(response.body());

            assertThat(data.path("person").path("displayName").asString()).isEqualTo("Rose Vasseur");
            assertThat(data.path("organisations").findValuesAsString("organisation")).containsExactly(organisation.name());
            JsonNode governance = data.path("governance");
            assertThat(governance.path("mandates").findValuesAsString("role")).containsExactly("TREASURER");
            assertThat(governance.path("mandates").get(0).path("startsOn").asString()).isEqualTo("2026-06-27");
            assertThat(governance.path("registers").findValuesAsString("category")).containsExactly("VOLUNTEER");
            assertThat(governance.path("meetings").findValuesAsString("attendance")).containsExactly("PRESENT");
            assertThat(governance.path("writtenAnswers").findValuesAsString("resolution")).containsExactly("Budget " + tag);
            assertThat(governance.path("writtenAnswers").findValuesAsString("answer")).containsExactly("FOR");
            assertThat(governance.path("responsibilities").toString())
                .contains("Clés " + tag, "Caisse " + tag);
            assertThat(governance.path("responsibilities").findValues("holder")).extracting(JsonNode::asBoolean)
                .containsExactly(false, true);
            JsonNode venue = data.path("venue");
            assertThat(venue.path("bookings").findValuesAsString("title")).containsExactly("Atelier " + tag);
            assertThat(venue.path("volunteering").findValuesAsString("mission")).containsExactly("Accueil " + tag);
            assertThat(venue.path("volunteering").get(0).path("confirmedMinutes").asInt()).isEqualTo(150);
            assertThat(venue.path("volunteerConsentAt").isNull()).isFalse();
            assertThat(venue.path("registrations").findValuesAsString("name")).containsExactly("Rose V.");
            assertThat(venue.path("registrations").get(0).path("places").asInt()).isEqualTo(2);
            assertThat(response.body()).doesNotContain("Réunion de Paul", "Paul Autre", "autre-" + tag);
        } finally {
            removeWhatTheTestAdded(tag, rose, other);
        }
    }

    /** The rows above sit beside the demo's, which other tests read: they go once the download is checked. */
    private void removeWhatTheTestAdded(String tag, long rose, long other) {
        jdbc.sql("""
                DELETE FROM governance.written_answer WHERE answered_by = :rose;
                DELETE FROM governance.resolution WHERE item_id IN (SELECT id FROM governance.agenda_item WHERE title = 'Budget ' || :tag);
                DELETE FROM governance.agenda_item WHERE title = 'Budget ' || :tag;
                DELETE FROM governance.participant WHERE person_id = :rose;
                DELETE FROM governance.mandate WHERE person_id = :rose;
                DELETE FROM governance.associate WHERE person_id = :rose;
                DELETE FROM governance.responsibility_backup WHERE person_id = :rose;
                DELETE FROM governance.responsibility WHERE holder_id IN (:rose, :other);
                DELETE FROM venue.booking WHERE booked_by IN (:rose, :other);
                DELETE FROM venue.volunteer_signup WHERE person_id = :rose;
                DELETE FROM venue.volunteer_shift WHERE mission_id IN (SELECT id FROM venue.volunteer_mission WHERE name = 'Accueil ' || :tag);
                DELETE FROM venue.volunteer_mission WHERE name = 'Accueil ' || :tag;
                DELETE FROM venue.volunteer_consent WHERE person_id = :rose;
                DELETE FROM venue.event_registration WHERE event_id IN (SELECT id FROM venue.public_event WHERE title = 'Repair café ' || :tag);
                DELETE FROM venue.public_event WHERE title = 'Repair café ' || :tag;""")
            .param("rose", rose).param("other", other).param("tag", tag).update();
    }
}
