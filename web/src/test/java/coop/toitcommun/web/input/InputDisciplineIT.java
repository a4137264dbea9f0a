package coop.toitcommun.web.input;

import static coop.toitcommun.web.support.WebClient.html;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import coop.toitcommun.web.support.DemoPeople;
import coop.toitcommun.web.support.TestAddresses;
import coop.toitcommun.web.support.WebClient;
import coop.toitcommun.web.support.WebIntegrationTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What a person sees of the input discipline: a message where the problem is, and nothing typed lost. */
@WebIntegrationTest
class InputDisciplineIT {

    private static final String MEMBER = "membre@demo.toitcommun.coop";

    @LocalServerPort int port;
    @Autowired DemoPeople demo;

    @Test
    void aFilterThatCannotBeReadIsLeftOutOfThePageWithAMessage() {
        WebClient visitor = new WebClient(port).header("X-Forwarded-For", TestAddresses.next());

        HttpResponse<String> nul = visitor.get("/organisations?circle=FOUNDING&commune=a%00b");

        assertThat(nul.statusCode()).isEqualTo(302);
        assertThat(nul.headers().firstValue("Location")).get().asString().endsWith("/organisations?circle=FOUNDING");
        Document page = html(visitor.follow(nul));
        assertThat(page.select(".alert-danger").text()).isEqualTo("Un critère de l’adresse n’a pas pu être lu : la page s’affiche sans lui.");
        assertThat(page.select("h1").text()).isEqualTo("Les structures membres");
    }

    @Test
    void controlCharactersAndAFieldSentTwiceAreErrorsOnTheirFieldsAndTheFormKeepsWhatWasTyped() {
        WebClient member = signedIn();
        Map<String, String> booking = booking(member, "Réunion\u0007 de bureau");

        Document refused = html(member.submit("/bookings/new", "/bookings", booking));

        assertThat(refused.select("#title").hasClass("is-invalid")).isTrue();
        assertThat(refused.select("#title ~ .invalid-feedback").text()).startsWith("Ce texte contient des caractères invisibles");
        assertThat(refused.select("#title").val()).isEqualTo("Réunion\u0007 de bureau");
        assertThat(refused.select("#date").val()).isEqualTo(booking.get("date"));

        booking.put("title", "Réunion de bureau");
        String body = booking.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
            .collect(Collectors.joining("&")) + "&repeat=WEEKLY&repeat=MONTHLY_NTH_WEEKDAY&_csrf=" + encode(token(member));
        Document twice = html(member.postRaw("/bookings", "application/x-www-form-urlencoded", body.getBytes(StandardCharsets.UTF_8),
            Map.of()));
        assertThat(twice.select("#repeat").hasClass("is-invalid")).isTrue();
        assertThat(twice.select("#repeat ~ .invalid-feedback").text())
            .isEqualTo("Ce champ a été envoyé plusieurs fois : renvoyez le formulaire depuis la page.");
        assertThat(twice.select("#title").val()).isEqualTo("Réunion de bureau");
    }

    @Test
    void aNumberOrADateThatCannotBeReadSaysWhyAndKeepsWhatWasTyped() {
        WebClient member = signedIn();
        Map<String, String> booking = booking(member, "Permanence");
        booking.put("attendees", "99999999999999999999");
        booking.put("date", "2027-02-30");

        Document refused = html(member.submit("/bookings/new", "/bookings", booking));

        assertThat(refused.select("#attendees ~ .invalid-feedback").text())
            .isEqualTo("Indiquez un nombre (en chiffres, sans lettres) ; celui-ci n’a pas pu être lu ou est trop grand.");
        assertThat(refused.select("#attendees").val()).isEqualTo("99999999999999999999");
        assertThat(refused.select("#date ~ .invalid-feedback").text()).isEqualTo("Cette date n’existe pas ou n’a pas pu être lue.");
        assertThat(refused.select("#date").val()).isEqualTo("2027-02-30");
        assertThat(refused.select("#title").val()).isEqualTo("Permanence");
    }

    private Map<String, String> booking(WebClient member, String title) {
        Document form = html(member.get("/bookings/new"));
        Map<String, String> booking = new LinkedHashMap<>();
        booking.put("organisation", form.select("#organisation option[value~=\\d+]").first().val());
        booking.put("room", form.select("#room option[value~=\\d+]").first().val());
        booking.put("date", LocalDate.now().plusDays(20).toString());
        booking.put("start", "10:00");
        booking.put("end", "11:00");
        booking.put("title", title);
        booking.put("attendees", "4");
        return booking;
    }

    private WebClient signedIn() {
        return demo.signedInInFrench(port, MEMBER);
    }

    private static String token(WebClient client) {
        return WebClient.csrfToken(html(client.get("/bookings/new")));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
