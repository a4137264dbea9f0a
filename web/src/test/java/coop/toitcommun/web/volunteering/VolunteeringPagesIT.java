package coop.toitcommun.web.volunteering;

import static coop.toitcommun.web.support.WebClient.html;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import coop.toitcommun.membership.Accounts;
import coop.toitcommun.membership.Invitation;
import coop.toitcommun.membership.Language;
import coop.toitcommun.membership.Role;
import coop.toitcommun.venue.volunteering.Loads;
import coop.toitcommun.venue.volunteering.MissionCommand;
import coop.toitcommun.venue.volunteering.Missions;
import coop.toitcommun.venue.volunteering.ShiftPlan;
import coop.toitcommun.venue.volunteering.Shifts;
import coop.toitcommun.venue.volunteering.VolunteeringActor;
import coop.toitcommun.web.support.DemoPeople;
import coop.toitcommun.web.support.TestAddresses;
import coop.toitcommun.web.support.TestMailServer;
import coop.toitcommun.web.support.WebClient;
import coop.toitcommun.web.support.WebIntegrationTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.PageRequest;

/**
 * Volunteering over HTTP: a volunteer signs up, finds the shift in their hours and withdraws; the last place goes to
 * one person; a member reads the shifts but cannot sign up nor see the load; a coordinator plans weekly shifts,
 * confirms hours, sees the demo's overloaded volunteer on the dashboard and the load page; the overload email goes
 * once to the volunteer and to the coordinators.
 */
@WebIntegrationTest
class VolunteeringPagesIT {

    private static final String PASSWORD = "une-phrase-de-passe-solide";
    private static final String EMPLOYEE = "salariee@demo.toitcommun.coop";
    private static final String VOLUNTEER = "benevole@demo.toitcommun.coop";

    @LocalServerPort int port;
    @Autowired Accounts accounts;
    @Autowired Missions missions;
    @Autowired Shifts shifts;
    @Autowired Loads loads;
    @Autowired DemoPeople demo;

    @Test
    void aVolunteerSignsUpFindsTheShiftInTheirHoursAndWithdrawsAndTheLastPlaceGoesToOne() {
        String mission = "Accueil du soir " + suffix();
        long missionId = plannedMission(mission, 1);
        WebClient jeanne = volunteer();
        String missionPage = "/volunteering/missions/" + missionId;
        Document page = html(jeanne.get(missionPage));
        String signUp = page.select("form[action$=/signup]").attr("action");
        assertThat(signUp).matches("/volunteering/shifts/\\d+/signup");

        HttpResponse<String> signed = jeanne.submit(missionPage, signUp, Map.of());
        assertThat(signed.statusCode()).isEqualTo(302);
        assertThat(html(jeanne.follow(signed)).select(".alert-success").text()).contains("vous êtes inscrit·e");
        Document hours = html(jeanne.get("/volunteering/hours"));
        assertThat(hours.select("tbody tr").text()).contains(mission).contains("prévu : 3 h");

        // the only place is taken: the next person is told, in French, and nothing changes
        WebClient paul = volunteer();
        HttpResponse<String> refused = paul.forge(missionPage, signUp, Map.of());
        assertThat(html(paul.follow(refused)).select("#refusal").text()).contains("Ce créneau est complet");

        String withdraw = hours.select("form[action$=/withdraw]").attr("action");
        assertThat(hours.select("form[action$=/withdraw]").attr("data-confirm")).contains("Vous retirer de ce créneau");
        assertThat(jeanne.submit("/volunteering/hours", withdraw, Map.of()).statusCode()).isEqualTo(302);
        assertThat(html(jeanne.get("/volunteering/hours")).select(".empty-state").text()).contains("aucun créneau");
        assertThat(paul.submit(missionPage, signUp, Map.of()).statusCode()).isEqualTo(302);
        assertThat(html(paul.get("/volunteering/hours")).select("tbody").text()).contains(mission);
    }

    @Test
    void aMemberReadsTheShiftsButCannotSignUpNorSeeTheLoad() {
        long missionId = plannedMission("Jardin " + suffix(), 2);
        WebClient member = demo.signedInInFrench(port, "membre@demo.toitcommun.coop");
        Document page = html(member.get("/volunteering/missions/" + missionId));
        assertThat(page.select(".alert-info").text()).contains("demandez le rôle « bénévole »");
        assertThat(page.select("form[action$=/signup]")).isEmpty();
        String shift = page.select("a[href~=/volunteering/shifts/\\d+$]").first().attr("href");

        assertThat(member.forge("/volunteering", shift + "/signup", Map.of()).statusCode()).isEqualTo(403);
        assertThat(member.get("/volunteering/load").statusCode()).isEqualTo(403);
        assertThat(member.get("/volunteering/settings").statusCode()).isEqualTo(403);
        assertThat(member.get("/volunteering/missions/new").statusCode()).isEqualTo(403);
        assertThat(member.forge("/volunteering", "/volunteering/missions",
            Map.of("name", "Mission pirate", "description", "")).statusCode()).isEqualTo(403);
        assertThat(member.get(shift).statusCode()).isEqualTo(200);
    }

    @Test
    void aCoordinatorPlansWeeklyShiftsKeepsWhatWasTypedOnAMistakeAndConfirmsHours() {
        WebClient coordinator = demo.signedInInFrench(port, EMPLOYEE);
        String name = "Permanence vélo " + suffix();
        HttpResponse<String> created = coordinator.submit("/volunteering/missions/new", "/volunteering/missions",
            Map.of("name", name, "description", "Réparer les vélos du quartier."));
        assertThat(created.statusCode()).isEqualTo(302);
        String missionPage = created.headers().firstValue("Location").orElseThrow();
        assertThat(missionPage).matches(".*/volunteering/missions/\\d+$");
        missionPage = missionPage.substring(missionPage.indexOf("/volunteering"));

        LocalDate monday = LocalDate.now().plusWeeks(2).with(java.time.DayOfWeek.MONDAY);
        HttpResponse<String> mistake = coordinator.submit(missionPage, missionPage + "/shifts", Map.of("date", monday.toString(),
            "start", "17:00", "end", "19:00", "places", "3", "repeat", "WEEKLY", "until", ""));
        assertThat(mistake.statusCode()).isEqualTo(422);
        Document kept = html(mistake);
        assertThat(kept.select("#until ~ .invalid-feedback").text()).contains("jusqu’à quelle date");
        assertThat(kept.select("#start").val()).isEqualTo("17:00");
        assertThat(kept.select("#places").val()).isEqualTo("3");

        HttpResponse<String> planned = coordinator.submit(missionPage, missionPage + "/shifts", Map.of("date", monday.toString(),
            "start", "17:00", "end", "19:00", "places", "3", "repeat", "WEEKLY", "until", monday.plusWeeks(2).toString()));
        assertThat(planned.statusCode()).isEqualTo(302);
        Document mission = html(coordinator.follow(planned));
        assertThat(mission.select(".alert-success").text()).isEqualTo("3 créneaux créés.");
        assertThat(mission.select("ul.list-group > li")).hasSize(3);

        // a shift already done, recorded by the team: its hours are offered as the shift's, and corrected here
        VolunteeringActor staff = new VolunteeringActor(demo.id(EMPLOYEE), true, true);
        long missionId = Long.parseLong(missionPage.substring(missionPage.lastIndexOf('/') + 1));
        long done = shifts.recordDone(staff, missionId, LocalDateTime.now().minusDays(2).withHour(9).withMinute(0),
            LocalDateTime.now().minusDays(2).withHour(12).withMinute(0), List.of(demo.id(VOLUNTEER)));
        String shiftPage = "/volunteering/shifts/" + done;
        Document shift = html(coordinator.get(shiftPage));
        String hours = shift.select("form[action$=/hours]").attr("action");
        assertThat(shift.select("form[action$=/hours] input[name=hours]").val()).isEqualTo("3");
        assertThat(coordinator.submit(shiftPage, hours, Map.of("hours", "2", "minutes", "30")).statusCode()).isEqualTo(302);
        assertThat(html(coordinator.get(shiftPage)).select(".list-group-item").text()).contains("Jules Caron").contains("confirmé : 2,5 h");
        HttpResponse<String> bad = coordinator.submit(shiftPage, hours, Map.of("hours", "trois", "minutes", "0"));
        assertThat(html(coordinator.follow(bad)).select("#refusal").text()).contains("Indiquez les heures et les minutes");
    }

    @Test
    void coordinatorsSeeTheDemosOverloadedVolunteerAndAreEmailedOnceWithHim() throws Exception {
        WebClient coordinator = demo.signedInInFrench(port, EMPLOYEE);
        Document dashboard = html(coordinator.get("/dashboard"));
        assertThat(dashboard.select("#volunteering-overloaded").text()).contains("Jules Caron").contains("Voir la charge des bénévoles");

        Document load = html(coordinator.get("/volunteering/load"));
        assertThat(load.select("#overload-alert").text()).contains("Jules Caron");
        assertThat(load.select("#load-table tbody tr").first().text()).contains("Jules Caron").contains("surcharge");
        assertThat(load.select("#busiest").text()).matches("\\d+ % sur 4 semaines, \\d+ % sur 12 semaines");

        Document volunteerDashboard = html(demo.signedInInFrench(port, VOLUNTEER).get("/dashboard"));
        assertThat(volunteerDashboard.select("#volunteering-self").text()).contains("au-delà de ce que la maison souhaite");

        // told once: the second call tells nobody
        loads.tellNewOverloads();
        loads.tellNewOverloads();
        assertThat(TestMailServer.withSubject(VOLUNTEER, "Merci, et prenez soin de vous")).isNotNull();
        assertThat(TestMailServer.withSubject(EMPLOYEE, "Bénévolat : Jules Caron dépasse les seuils de la maison").getContent().toString())
            .contains("Jules Caron a donné").contains("/volunteering/load");
        assertThat(TestMailServer.messagesTo(VOLUNTEER, 0)).filteredOn(m -> subject(m).equals("Merci, et prenez soin de vous")).hasSize(1);
    }

    @Test
    void theYearsDocumentsTheHoursPerMissionAsCsvAndAPersonsAttestationAsPdf() throws Exception {
        int year = LocalDate.now().getYear();
        WebClient coordinator = demo.signedInInFrench(port, EMPLOYEE);
        HttpResponse<byte[]> csv = coordinator.getBytes("/volunteering/years/" + year + "/missions.csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).get().asString().startsWith("text/csv");
        String table = new String(csv.body(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(table).startsWith("\ufeffMission;Créneaux;Bénévoles;Heures").contains("\r\nTotal;");
        assertThat(coordinator.get("/volunteering/years/99999/missions.csv").statusCode()).isEqualTo(404);

        long jules = demo.id(VOLUNTEER);
        WebClient volunteer = demo.signedInInFrench(port, VOLUNTEER);
        HttpResponse<byte[]> mine = volunteer.getBytes("/volunteering/years/" + year + "/attestation.pdf");
        assertThat(mine.statusCode()).isEqualTo(200);
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(mine.body())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Attestation de bénévolat " + year).contains("Jules Caron a donné");
        }
        assertThat(coordinator.getBytes("/volunteering/people/" + jules + "/years/" + year + "/attestation.pdf").statusCode())
            .isEqualTo(200);
        assertThat(demo.signedInInFrench(port, "membre@demo.toitcommun.coop")
            .getBytes("/volunteering/people/" + jules + "/years/" + year + "/attestation.pdf").statusCode()).isEqualTo(403);
    }

    @Test
    void aCoordinatorRecordsAVolunteerWithoutAnAccountOnlyWithTheirConsent() {
        WebClient coordinator = demo.signedInInFrench(port, EMPLOYEE);
        String name = "Rose Sans-Compte " + suffix();
        String email = "rose-" + suffix() + "@example.org";
        HttpResponse<String> refused = coordinator.submit("/volunteering/people/new", "/volunteering/people",
            Map.of("name", name, "email", email));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(html(refused).select("#refusal").text()).contains("Il faut l’accord de la personne");
        assertThat(html(refused).select("#name").val()).isEqualTo(name);

        HttpResponse<String> recorded = coordinator.submit("/volunteering/people/new", "/volunteering/people",
            Map.of("name", name, "email", email, "consent", "true"));
        assertThat(recorded.statusCode()).isEqualTo(302);
        assertThat(html(coordinator.follow(recorded)).select("#load-table").text()).contains(name);
        assertThat(accounts.credentials(email)).isEmpty();
    }

    private long plannedMission(String name, int places) {
        VolunteeringActor staff = new VolunteeringActor(demo.id(EMPLOYEE), true, true);
        long id = missions.create(new MissionCommand(staff, name, "", -1)).id();
        shifts.plan(id, new ShiftPlan(staff, LocalDate.now().plusWeeks(2), LocalTime.of(9, 0), LocalTime.of(12, 0), places, null));
        assertThat(shifts.coming(staff, id, PageRequest.of(0, 1)).getTotalElements()).isEqualTo(1);
        return id;
    }

    private WebClient volunteer() {
        String email = "benevole-" + suffix() + "@example.org";
        accounts.createActivated(new Invitation(email, "Bénévole " + suffix(), Language.FR, Set.of(Role.VOLUNTEER)), PASSWORD);
        WebClient client = new WebClient(port).header("X-Forwarded-For", TestAddresses.next());
        assertThat(client.signIn(email, PASSWORD).statusCode()).isEqualTo(302);
        return client;
    }

    private static String subject(jakarta.mail.Message message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 6);
    }
}
