package coop.toitcommun.web.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import coop.toitcommun.membership.Houses;
import coop.toitcommun.membership.Organisations;
import coop.toitcommun.web.WebSettings;
import coop.toitcommun.web.support.DemoPeople;
import coop.toitcommun.web.support.WebClient;
import coop.toitcommun.web.support.WebIntegrationTest;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The network page of the demo's two houses, Le Toit Commun (localhost) and Porte Mine (127.0.0.1), which both publish
 * their directory and their programme: either house shows both, with the organisations that opted in and the coming
 * public events, each linked to its own house; an admin of a house chooses what it publishes, and the other house sees
 * the change at once.
 */
@WebIntegrationTest
class NetworkPageIT {

    private static final String PORTE_MINE = "127.0.0.1";

    @LocalServerPort int port;
    @Autowired DemoPeople people;
    @Autowired Houses houses;
    @Autowired Organisations organisations;
    @Autowired WebSettings web;

    @Test
    void eitherHouseShowsBothHousesTheirOptedInMembersAndTheirComingEventsLinkedToTheirHouse() {
        List<WebClient> visitors = List.of(new WebClient(port), new WebClient(PORTE_MINE, port));
        for (WebClient visitor : visitors) {
            Document page = WebClient.html(visitor.get("/network"));
            assertThat(page.select("#houses-heading + ul h3").eachText()).containsExactly("Le Toit Commun", "Porte Mine");
            List<String> members = page.select("[aria-labelledby=members-heading] h3").eachText();
            // the founding circle of Le Toit Commun's demo opted in, the second circle did not
            assertThat(members).contains("Atelier vélo des Cités", "Jardin partagé du Chevalement", "Cliss XXI", "Vestali")
                .doesNotContain("Les Cousalis", "Emergences 62");
            assertThat(link(page, "Atelier vélo des Cités")).isEqualTo(visitor == visitors.get(0)
                ? "http://" + PORTE_MINE + ":" + port + "/organisations?q=Atelier+v%C3%A9lo+des+Cit%C3%A9s"
                : "/organisations?q=Atelier+v%C3%A9lo+des+Cit%C3%A9s");
            assertThat(link(page, "Cliss XXI")).isEqualTo(visitor == visitors.get(0) ? "/organisations?q=Cliss+XXI"
                : web.link("/organisations?q=Cliss+XXI"));
            assertThat(link(page, "Bourse aux vélos")).matches((visitor == visitors.get(0) ? "http://" + PORTE_MINE + ":" + port : "")
                + "/events/\\d+");
        }
        Document porteMineOnly = WebClient.html(new WebClient(port).get("/network?house=" + houses.forHost(PORTE_MINE).orElseThrow().id()));
        assertThat(porteMineOnly.select("[aria-labelledby=members-heading] h3").eachText())
            .containsExactlyInAnyOrder("Atelier vélo des Cités", "Jardin partagé du Chevalement");
    }

    @Test
    void anAdminChoosesWhatTheHousePublishesAndTheOtherHouseSeesItAtOnce() {
        WebClient admin = people.signedInAt(PORTE_MINE, port, "coordination@porte-mine.example.org");
        WebClient visitorOfToitCommun = new WebClient(port);
        try {
            assertThat(admin.submit("/network", "/admin/network", Map.of("programme", "true")).statusCode()).isEqualTo(302);
            Document page = WebClient.html(visitorOfToitCommun.get("/network"));
            assertThat(page.select("[aria-labelledby=members-heading] h3").eachText()).doesNotContain("Atelier vélo des Cités")
                .contains("Cliss XXI");
            assertThat(page.select("[aria-labelledby=events-heading] a").eachText()).contains("Bourse aux vélos");
            assertThat(WebClient.html(admin.get("/network")).select("#publish-directory").hasAttr("checked")).isFalse();
        } finally {
            admin.submit("/network", "/admin/network", Map.of("directory", "true", "programme", "true"));
        }
        assertThat(WebClient.html(visitorOfToitCommun.get("/network")).select("[aria-labelledby=members-heading] h3").eachText())
            .contains("Atelier vélo des Cités");
    }

    @Test
    void onlyAnAdminOfTheHouseMayChangeWhatItPublishes() {
        WebClient member = people.signedInAt(PORTE_MINE, port, "cofondatrice@demo.toitcommun.coop");
        assertThat(WebClient.html(member.get("/network")).select("form[action=/admin/network]")).isEmpty();
        assertThat(member.forge("/network", "/admin/network", Map.of()).statusCode()).isEqualTo(403);
        assertThat(new WebClient(PORTE_MINE, port).post("/admin/network", Map.of()).statusCode()).isEqualTo(403);
        assertThat(WebClient.html(new WebClient(port).get("/network")).select("[aria-labelledby=members-heading] h3").eachText())
            .contains("Atelier vélo des Cités");
    }

    @Test
    void aMemberOrganisationsCardSaysWhetherItIsInTheNetwork() {
        WebClient representative = people.signedInInFrench(port, "membre@demo.toitcommun.coop");
        long id = organisations.findByName("Micros-rebelles").orElseThrow().id();
        Element box = WebClient.html(representative.get("/organisations/" + id)).selectFirst("input[name=organisation.inNetwork]");
        assertThat(box).isNotNull();
        assertThat(box.hasAttr("checked")).isTrue();
    }

    private static String link(Document page, String text) {
        Element anchor = page.select("a").stream().filter(a -> a.text().equals(text)).findFirst()
            .orElseThrow(() -> new AssertionError("no link " + text + " on the network page"));
        return anchor.attr("href");
    }

}
