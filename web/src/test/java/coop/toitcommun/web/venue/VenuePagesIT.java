package coop.toitcommun.web.venue;

import static coop.toitcommun.web.support.WebClient.html;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import coop.toitcommun.membership.Accounts;
import coop.toitcommun.membership.Circle;
import coop.toitcommun.membership.OrganisationStatus;
import coop.toitcommun.membership.Organisations;
import coop.toitcommun.venue.BookingRequest;
import coop.toitcommun.venue.BookingView;
import coop.toitcommun.venue.Bookings;
import coop.toitcommun.venue.Calendars;
import coop.toitcommun.venue.RoomView;
import coop.toitcommun.venue.Rooms;
import coop.toitcommun.web.support.TestAddresses;
import coop.toitcommun.web.support.WebClient;
import coop.toitcommun.web.support.WebIntegrationTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The venue's pages over HTTP: rights between organisations, refusals, conflicts, feeds, employees' pages. */
@WebIntegrationTest
class VenuePagesIT {

    @LocalServerPort int port;
    @Autowired Accounts accounts;
    @Autowired Organisations organisations;
    @Autowired Rooms rooms;
    @Autowired Bookings bookings;

    VenueTestData data;
    LocalDate monday;

    @BeforeEach
    void setUp() {
        data = new VenueTestData(accounts, organisations, rooms);
        monday = VenueTestData.futureMonday();
    }

    @Test
    void aMemberOfAnotherOrganisationCannotSeeChangeOrCancelABookingNorReadItsPrivateTitle() {
        VenueTestData.Member a = data.member(OrganisationStatus.MEMBER, Circle.FOUNDING);
        VenueTestData.Member b = data.member(OrganisationStatus.MEMBER, Circle.FOUNDING);
        RoomView room = data.room("Salle privée", 10);
        BookingView secret = bookings.book(new BookingRequest(b.actor(), room.id(), b.organisation().id(),
            monday.atTime(14, 0), monday.atTime(15, 0), "Entretien d’embauche confidentiel", 2, false, ""));
        WebClient client = signedIn(a);

        assertThat(client.get("/bookings/" + secret.id()).statusCode()).isEqualTo(403);
        assertThat(client.get("/bookings/" + secret.id() + ".ics").statusCode()).isEqualTo(403);
        assertThat(client.get("/bookings/" + secret.id() + "/edit").statusCode()).isEqualTo(403);
        HttpResponse<String> cancel = client.forge("/bookings", "/bookings/" + secret.id() + "/cancel", Map.of());
        assertThat(cancel.statusCode()).isEqualTo(403);
        HttpResponse<String> change = client.forge("/bookings", "/bookings/" + secret.id(), form(room, a, monday, "16:00", "17:00", "Volé"));
        assertThat(change.statusCode()).isEqualTo(403);

        String week = client.get("/calendar?week=" + Calendars.weekOf(monday)).body();
        assertThat(week).contains(room.name()).doesNotContain("Entretien d’embauche confidentiel");
        String roomWeek = client.get("/rooms/" + room.id() + "/calendar?week=" + Calendars.weekOf(monday)).body();
        assertThat(roomWeek).doesNotContain("Entretien d’embauche confidentiel").contains("Réservé");
        assertThat(bookings.find(b.actor(), secret.id()).status().isActive()).isTrue();

        // B sees its own title
        assertThat(signedIn(b).get("/calendar?week=" + Calendars.weekOf(monday)).body()).contains("Entretien d’embauche confidentiel");
    }

    /** The week is written once for each calendar it shows (WrittenWeeks): seen again after a change, it shows the change. */
    @Test
    void theWeekSeenAgainShowsTheBookingMadeSinceThenNoLongerOnceCancelled() {
        VenueTestData.Member member = data.member(OrganisationStatus.MEMBER, Circle.FOUNDING);
        RoomView room = data.room("Salle du lundi", 12);
        String week = "/calendar?week=" + Calendars.weekOf(monday);
        WebClient client = signedIn(member);
        assertThat(client.get(week).body()).contains(room.name()).doesNotContain("Répétition de la chorale");

        BookingView booking = bookings.book(new BookingRequest(member.actor(), room.id(), member.organisation().id(),
            monday.atTime(9, 0), monday.atTime(10, 0), "Répétition de la chorale", 12, true, ""));
        assertThat(client.get(week).body()).contains("Répétition de la chorale");
        assertThat(client.get(week).body()).contains("Répétition de la chorale");

        bookings.cancel(member.actor(), booking.id(), "", false);
        assertThat(client.get(week).body()).contains(room.name()).doesNotContain("Répétition de la chorale");
    }

    /** Amounts are written as each language writes them: "20,00 €" in French, "€20.00" in English. */
    @Test
    void pricesAndRatesAreWrittenAsEachLanguageWritesAmounts() {
        VenueTestData.Member member = data.member(OrganisationStatus.MEMBER, Circle.FOUNDING);
        RoomView room = data.room("Salle tarifée", 10);
        BookingView booking = bookings.book(new BookingRequest(member.actor(), room.id(), member.organisation().id(),
            monday.atTime(9, 0), monday.atTime(11, 0), "Formation", 8, true, ""));
        WebClient client = signedIn(member);

        assertThat(priceOf(client.get("/bookings/" + booking.id()), "Prix indicatif")).isEqualTo("20,00 €");
        assertThat(priceOf(client.get("/bookings/" + booking.id() + "?lang=en"), "Indicative price")).isEqualTo("€20.00");
        assertThat(html(client.get("/rooms/" + room.id() + "?lang=fr")).select("li").eachText())
            .contains("Structures membres : 10,00 €", "Tarif solidaire (sur demande) : 5,00 €");
        assertThat(html(client.get("/rooms/" + room.id() + "?lang=en")).select("li").eachText())
            .contains("Member organisations: €10.00", "Solidarity rate (on request): €5.00");
    }

    private static String priceOf(HttpResponse<String> page, String label) {
        return html(page).select("dt:containsOwn(" + label + ") + dd").text();
    }

    @Test
    void aTitleWithMarkupIsShownAsTextInEveryCalendar() {
        VenueTestData.Member owner = data.member(OrganisationStatus.MEMBER, Circle.FOUNDING);
        RoomView room = data.room("Salle des titres", 10);
        String markup = "<img src=x onerror=alert(1)> & \"Atelier\"";
        bookings.book(new BookingRequest(owner.actor(), room.id(), owner.organisation().id(),
            monday.atTime(10, 0), monday.atTime(11, 0), markup, 2, true, ""));
        WebClient reader = signedIn(data.member(OrganisationStatus.MEMBER, Circle.FOUNDING));

        // the calendars write their cells' HTML themselves (Timelines), not through th:text
        for (String page : List.of("/calendar?week=" + Calendars.weekOf(monday), "/calendar/day?date=" + monday,
                "/rooms/" + room.id() + "/calendar?week=" + Calendars.weekOf(monday))) {
            HttpResponse<String> response = reader.get(page);
            assertThat(response.statusCode()).as(page).isEqualTo(200);
            assertThat(response.body()).as(page).doesNotContain("<img src=x").contains("&lt;img src=x onerror=alert(1)&gt;");
            assertThat(WebClient.html(response).select("img[src=x]")).as(page).isEmpty();
        }
    }

    @Test
    void anOverlapAnswers409WithTheFrenchMessageAlternativesAndKeepsWhatWasTyped() {
        VenueTestData.Member member = data.member(OrganisationStatus.MEMBER, Circle.FOUNDING);
        RoomView room = data.room("Salle conflit", 10);
        RoomView other = data.room("Salle libre", 10);
        WebClient client = signedIn(member);
        HttpResponse<String> first = client.submit("/bookings/new", "/bookings", form(room, member, monday, "10:00", "12:00", "Conseil d’administration"));
        assertThat(first.statusCode()).isEqualTo(302);

        HttpResponse<String> second = client.submit("/bookings/new", "/bookings", form(room, member, monday, "11:00", "12:30", "Atelier mémoire"));
        assertThat(second.statusCode()).isEqualTo(409);
        Document page = WebClient.html(second);
        assertThat(page.select("#conflict h2").text()).isEqualTo("Cette salle est déjà réservée à ce moment-là.");
        assertThat(page.select("#conflict").text()).contains("Elle est prise par « Conseil d’administration » de 10:00 à 12:00");
        assertThat(page.select("#conflict").text()).contains("Créneaux libres les plus proches", "Autres salles libres", other.name());
        assertThat(page.select("input[name=title]").val()).isEqualTo("Atelier mémoire");
        assertThat(page.select("input[name=start]").val()).isEqualTo("11:00");
    }

    @Test
    void aNumberThatCannotBeReadKeepsTheDateAndTimesInTheFormatsOfTheInputs() {
        VenueTestData.Member member = data.member(OrganisationStatus.MEMBER, Circle.FOUNDING);
        RoomView room = data.room("Salle nombre illisible", 10);
        Map<String, String> form = form(room, member, monday, "14:00", "16:00", "Assemblée de quartier");
        form.put("attendees", "99999999999");

        HttpResponse<String> response = signedIn(member).header("Accept-Language", "en")
            .submit("/bookings/new", "/bookings", form);

        assertThat(response.statusCode()).isEqualTo(200);
        Document page = WebClient.html(response);
        assertThat(page.select("#attendees ~ .invalid-feedback").text()).isNotBlank();
        assertThat(page.select("input[name=date]").val()).isEqualTo(monday.toString());
        assertThat(page.select("input[name=start]").val()).isEqualTo("14:00");
        assertThat(page.select("input[name=end]").val()).isEqualTo("16:00");
        assertThat(page.select("input[name=title]").val()).isEqualTo("Assemblée de quartier");

        form.put("attendees", "4");
        WebClient client = signedIn(member);
        String path = java.net.URI.create(client.submit("/bookings/new", "/bookings", form).headers().firstValue("Location")
            .orElseThrow()).getPath();
        form.put("attendees", "99999999999");
        form.put("version", WebClient.html(client.get(path + "/edit")).select("input[name=version]").val());
        HttpResponse<String> change = client.submit(path + "/edit", path, form);
        assertThat(change.statusCode()).isEqualTo(200);
        assertThat(WebClient.html(change).select("input[type=hidden][name=room]").val()).isEqualTo(String.valueOf(room.id()));
        assertThat(WebClient.html(change).select("input[name=date]").val()).isEqualTo(monday.toString());
    }

    @Test
    void aSuspendedOrganisationIsRefusedWithTheReason() {
        VenueTestData.Member suspended = data.member(OrganisationStatus.SUSPENDED, Circle.SECOND);
        RoomView room = data.room("Salle suspendue", 10);
        HttpResponse<String> response = signedIn(suspended).submit("/bookings/new", "/bookings",
            form(room, suspended, monday, "10:00", "11:00", "Réunion"));
        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(WebClient.html(response).select("#refusal").text())
            .isEqualTo(suspended.organisation().name() + " est suspendue : elle ne peut pas réserver de salle tant que dure la suspension. Pour en parler, contactez l’équipe salariée.");
    }

    @Test
    void anExceededQuotaIsRefusedShowingUsedOverAllowed() {
        VenueTestData.Member member = data.member(OrganisationStatus.MEMBER, Circle.SECOND); // 40 h a month
        RoomView room = data.room("Salle quota", 10);
        for (int day = 0; day < 4; day++) {
            bookings.book(new BookingRequest(member.actor(), room.id(), member.organisation().id(),
                monday.plusDays(day).atTime(8, 0), monday.plusDays(day).atTime(18, 0), "Formation", 5, true, ""));
        }
        HttpResponse<String> response = signedIn(member).submit("/bookings/new", "/bookings",
            form(room, member, monday.plusDays(4), "10:00", "11:00", "Une heure de plus"));
        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(WebClient.html(response).select("#refusal").text())
            .contains("Quota du mois dépassé", "40 h / 40 h autorisées");
        assertThat(WebClient.html(response).select("input[name=title]").val()).isEqualTo("Une heure de plus");
    }

    @Test
    void feedsArePublicBehindTheirTokenAndEmployeesPagesAreForEmployees() {
        VenueTestData.Member member = data.member(OrganisationStatus.MEMBER, Circle.FOUNDING);
        WebClient client = signedIn(member);
        String feed = WebClient.html(client.get("/bookings")).select("#feed-person").val();
        String path = feed.substring(feed.indexOf("/feeds/"));

        HttpResponse<String> anonymous = new WebClient(port).get(path);
        assertThat(anonymous.statusCode()).isEqualTo(200);
        assertThat(anonymous.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/calendar");
        assertThat(anonymous.body()).startsWith("BEGIN:VCALENDAR").contains("BEGIN:VTIMEZONE", "TZID:Europe/Paris");
        assertThat(new WebClient(port).get("/feeds/not-a-token.ics").statusCode()).isEqualTo(404);

        assertThat(client.get("/venue/settings").statusCode()).isEqualTo(403);
        assertThat(client.get("/venue/usage").statusCode()).isEqualTo(403);
        assertThat(client.get("/venue/approvals").statusCode()).isEqualTo(403);
        assertThat(client.get("/rooms/new").statusCode()).isEqualTo(403);

        WebClient employee = new WebClient(port).header("X-Forwarded-For", TestAddresses.next());
        employee.signIn("salariee@demo.toitcommun.coop", "demo-toit-commun");
        assertThat(employee.get("/venue/settings").statusCode()).isEqualTo(200);
        assertThat(employee.get("/venue/approvals").statusCode()).isEqualTo(200);
        HttpResponse<String> csv = employee.get("/venue/usage.csv?month=" + monday.toString().substring(0, 7));
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body()).startsWith("Mois,Salle,Heures réservées,Heures d’ouverture,Occupation (%)");
    }

    @Test
    void anEmployeeClosingARoomListsTheBookingsItHitsAndEmailsTheirOwnersAndARefusalIsEmailedToo() throws Exception {
        VenueTestData.Member member = data.member(OrganisationStatus.MEMBER, Circle.FOUNDING);
        RoomView room = data.room("Salle en travaux", 10);
        BookingView hit = bookings.book(new BookingRequest(member.actor(), room.id(), member.organisation().id(),
            monday.plusDays(1).atTime(9, 0), monday.plusDays(1).atTime(10, 0), "Permanence", 3, true, ""));
        WebClient employee = new WebClient(port).header("X-Forwarded-For", TestAddresses.next());
        employee.signIn("salariee@demo.toitcommun.coop", "demo-toit-commun");

        HttpResponse<String> closed = employee.submit("/venue/settings", "/venue/closures", Map.of("room", String.valueOf(room.id()),
            "from", monday.plusDays(1).toString(), "to", monday.plusDays(2).toString(), "reason", "Peinture des murs"));
        assertThat(closed.statusCode()).isEqualTo(302);
        Document settings = WebClient.html(employee.follow(closed));
        assertThat(settings.select("[role=status]").text()).contains("une réservation concernée, son auteur est prévenu", "Permanence");
        assertThat(bookings.find(member.actor(), hit.id()).active()).isTrue();
        var mails = coop.toitcommun.web.support.TestMailServer.messagesTo(member.email(), 1);
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).getSubject()).isEqualTo("Fermeture : votre réservation « Permanence » est à déplacer");
        assertThat(coop.toitcommun.web.support.TestMailServer.body(mails.get(0))).contains("Peinture des murs", "/bookings/" + hit.id());

        HttpResponse<String> cancelled = employee.submit("/bookings/" + hit.id(), "/bookings/" + hit.id() + "/cancel",
            Map.of("reason", "Salle fermée pour travaux"));
        assertThat(cancelled.statusCode()).isEqualTo(302);
        var both = coop.toitcommun.web.support.TestMailServer.messagesTo(member.email(), 2);
        assertThat(both).hasSize(2);
        assertThat(coop.toitcommun.web.support.TestMailServer.body(both.get(1))).contains("Motif : Salle ferm", "/bookings/" + hit.id());
    }

    private WebClient signedIn(VenueTestData.Member member) {
        WebClient client = new WebClient(port).header("X-Forwarded-For", TestAddresses.next());
        assertThat(client.signIn(member.email(), VenueTestData.PASSWORD).statusCode()).isEqualTo(302);
        return client;
    }

    private static Map<String, String> form(RoomView room, VenueTestData.Member member, LocalDate date, String start,
                                            String end, String title) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("room", String.valueOf(room.id()));
        form.put("organisation", String.valueOf(member.organisation().id()));
        form.put("date", date.toString());
        form.put("start", start);
        form.put("end", end);
        form.put("title", title);
        form.put("attendees", "4");
        form.put("notes", "");
        form.put("repeat", "");
        return form;
    }
}
