package coop.toitcommun.web.programme;

import static coop.toitcommun.web.support.WebClient.html;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
import coop.toitcommun.web.support.TestMailServer;
import coop.toitcommun.web.support.WebClient;
import coop.toitcommun.web.support.WebIntegrationTest;
import jakarta.mail.Message;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The public programme over HTTP: an organiser publishes, a visitor without an account registers and gets the
 * email with the link that cancels, the answer is the same for an address already registered, organisers export
 * their list as CSV, and organisation A never reaches organisation B's lists. The demo's full event shows its
 * waiting list; the home page shows the coming events; the feeds are iCalendar.
 */
@WebIntegrationTest
class PublicProgrammePagesIT {

    private static final String PASSWORD = "une-phrase-de-passe-solide";
    private static final Pattern CANCEL_LINK = Pattern.compile("https?://[^\\s]+/events/registrations/[A-Za-z0-9_-]{43}");

    @LocalServerPort int port;
    @Autowired Accounts accounts;
    @Autowired Organisations organisations;

    @Test
    void anOrganiserPublishesAVisitorRegistersAndCancelsByTheEmailedLink() throws Exception {
        Organiser organiser = organiser();
        String eventPath = publish(organiser, "Soirée jeux " + organiser.suffix(), "2");

        WebClient visitor = visitor();
        Document page = html(visitor.get(eventPath));
        assertThat(page.select("h1").text()).isEqualTo("Soirée jeux " + organiser.suffix());
        assertThat(page.select("#privacy-note").text()).contains("effacés 30 jours après l’événement");
        String email = "visiteuse-" + organiser.suffix() + "@example.org";
        HttpResponse<String> registered = visitor.submit(eventPath, eventPath + "/registrations",
            Map.of("name", "Sara Visiteuse", "email", email, "places", "2"));
        assertThat(registered.statusCode()).isEqualTo(302);
        String answer = html(visitor.follow(registered)).select("#registered").text();
        assertThat(answer).contains("Un e-mail part vers " + email);

        Message confirmation = TestMailServer.withSubject(email, "Inscription confirmée : Soirée jeux " + organiser.suffix());
        String body = text(confirmation);
        assertThat(body).contains("confirmée pour 2 places");
        Matcher link = CANCEL_LINK.matcher(body);
        assertThat(link.find()).isTrue();
        String cancelPath = link.group().replaceFirst("https?://[^/]+", "");

        // the same address again: the same answer on the page, and only the email says it was already there
        HttpResponse<String> again = visitor.submit(eventPath, eventPath + "/registrations",
            Map.of("name", "Sara", "email", email.toUpperCase(), "places", "1"));
        assertThat(html(visitor.follow(again)).select("#registered").text()).isEqualTo(answer.replace(email, email.toUpperCase()));
        TestMailServer.withSubject(email, "Déjà inscrit·e : Soirée jeux " + organiser.suffix());

        // the event is now full: the next visitor is told before sending the form
        assertThat(html(visitor().get(eventPath)).select(".registration").text()).contains("liste d’attente");

        Document registration = html(visitor.get(cancelPath));
        assertThat(registration.select("strong").text()).isEqualTo("Inscription confirmée : 2 places.");
        HttpResponse<String> cancelled = visitor.submit(cancelPath, cancelPath + "/cancel", Map.of());
        assertThat(cancelled.statusCode()).isEqualTo(302);
        assertThat(html(visitor.follow(cancelled)).select("[role=status]").text()).contains("Votre inscription est annulée.");
        assertThat(visitor.get("/events/registrations/" + "x".repeat(43)).statusCode()).isEqualTo(404);
    }

    @Test
    void organisersExportTheirListAndOrganisationANeverSeesOrganisationBsLists() {
        Organiser a = organiser();
        Organiser b = organiser();
        String eventOfB = publish(b, "Atelier de B " + b.suffix(), "10");
        WebClient visitor = visitor();
        visitor.submit(eventOfB, eventOfB + "/registrations",
            Map.of("name", "Noé Dupuis", "email", "noe-" + b.suffix() + "@example.org", "places", "3"));
        String managePath = eventOfB.replace("/events/", "/programme/");

        Document list = html(b.client().get(managePath));
        assertThat(list.select("#confirmed-heading").text()).isEqualTo("Inscriptions confirmées (3 places)");
        assertThat(list.select("table").first().text()).contains("Noé Dupuis").contains("noe-" + b.suffix() + "@example.org");
        HttpResponse<byte[]> csv = b.client().getBytes(managePath + "/registrations.csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\ufeffNom;E-mail;Places;Statut;Inscription").contains("Noé Dupuis;noe-" + b.suffix() + "@example.org;3;Confirmée;");

        assertThat(a.client().get(managePath).statusCode()).isEqualTo(403);
        assertThat(a.client().getBytes(managePath + "/registrations.csv").statusCode()).isEqualTo(403);
        assertThat(a.client().get(managePath + "/edit").statusCode()).isEqualTo(403);
        assertThat(a.client().forge("/programme", managePath + "/cancel", Map.of()).statusCode()).isEqualTo(403);
        assertThat(html(a.client().get("/programme")).text()).doesNotContain("Atelier de B " + b.suffix());
        assertThat(html(b.client().get(managePath)).select("#cancel-heading")).hasSize(1);
        // and a visitor without an account is sent to sign in
        assertThat(visitor().get(managePath).statusCode()).isEqualTo(302);
    }

    @Test
    void theProgrammeShowsTheDemosFullEventWithItsWaitingListAndTheHomePageTheComingEvents() {
        WebClient visitor = visitor();
        Document programme = html(visitor.get("/events"));
        assertThat(programme.select("h2[id^=month-]")).isNotEmpty();
        assertThat(programme.select(".card .badge")).isNotEmpty();
        assertThat(programme.text()).contains("Atelier d’autodéfense verbale").contains("Complet : inscription sur liste d’attente");
        Document home = html(visitor.get("/"));
        assertThat(home.select("#events-heading ~ ul li a")).isNotEmpty().hasSizeLessThanOrEqualTo(3);
        assertThat(home.select("a[href=/events]").eachText()).contains("Tout le programme");

        Document english = html(new WebClient(port).header("Accept-Language", "en").get("/events"));
        assertThat(english.select("h1").text()).isEqualTo("The public programme");

        HttpResponse<String> feed = visitor.get("/events.ics");
        assertThat(feed.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/calendar");
        assertThat(feed.body()).startsWith("BEGIN:VCALENDAR").contains("SUMMARY:Atelier d’autodéfense verbale")
            .contains("UID:public-event-");
        String vestali = String.valueOf(organisations.findByName("Vestali").orElseThrow().id());
        assertThat(visitor.get("/events.ics?organisation=" + vestali).body()).contains("Atelier d’autodéfense verbale")
            .doesNotContain("Install party");
    }

    private String publish(Organiser organiser, String title, String capacity) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("organisation", String.valueOf(organiser.organisation().id()));
        form.put("title", title);
        form.put("description", "Pour toute la famille.");
        form.put("date", LocalDate.now().plusWeeks(7).toString());
        form.put("start", "18:00");
        form.put("end", "20:00");
        form.put("place", "OUTSIDE");
        form.put("address", "Salle des fêtes, Avion");
        form.put("capacity", capacity);
        form.put("registration", "true");
        HttpResponse<String> published = organiser.client().submit("/programme/new", "/programme", form);
        assertThat(published.statusCode()).as(published.body()).isEqualTo(302);
        String managePath = published.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
        return managePath.replace("/programme/", "/events/");
    }

    private Organiser organiser() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String email = "organisatrice-" + suffix + "@example.org";
        long person = accounts.createActivated(new Invitation(email, "Organisatrice " + suffix, Language.FR, Set.of(Role.MEMBER)), PASSWORD).personId();
        OrganisationRef organisation = organisations.register("Association " + suffix, OrganisationStatus.MEMBER, Circle.FOUNDING);
        organisations.link(organisation.id(), person, OrganisationRole.CONTACT);
        WebClient client = visitor();
        assertThat(client.signIn(email, PASSWORD).statusCode()).isEqualTo(302);
        return new Organiser(suffix, organisation, client);
    }

    static String text(Message message) throws Exception {
        return message.getContent().toString().replace("\r\n", "\n");
    }

    private WebClient visitor() {
        return new WebClient(port).header("X-Forwarded-For", TestAddresses.next());
    }

    private record Organiser(String suffix, OrganisationRef organisation, WebClient client) {
    }
}
