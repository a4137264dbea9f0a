package coop.toitcommun.web.signatures;

import static coop.toitcommun.web.support.WebClient.html;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;

import coop.toitcommun.membership.Accounts;
import coop.toitcommun.membership.Invitation;
import coop.toitcommun.membership.Language;
import coop.toitcommun.membership.Role;
import coop.toitcommun.web.join.JoinForms;
import coop.toitcommun.web.support.TestAddresses;
import coop.toitcommun.web.support.WebClient;
import coop.toitcommun.web.support.WebIntegrationTest;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The queue reads as co-founders decide: facts named as facts, the refusal folded away, one's own organisation said. */
@WebIntegrationTest
class QueueReadingIT {

    private static final String PASSWORD = "une-phrase-de-passe-solide";

    @LocalServerPort int port;
    @Autowired Accounts accounts;

    @Test
    void aCofounderWhoseOrganisationAppliesIsToldSoInTheQueueAndOfferedNoDecisionWhileAnotherCofounderIs() {
        String email = "cofondatrice-" + UUID.randomUUID() + "@example.org";
        accounts.createActivated(new Invitation(email, "Léa Cofondatrice", Language.FR, Set.of(Role.COFOUNDER, Role.MEMBER)), PASSWORD);
        String organisation = "La Fabrique de Léa " + UUID.randomUUID();
        assertThat(visitor().submit("/join", "/join", JoinForms.application(organisation, email)).statusCode()).isEqualTo(302);

        Element own = card(signedIn(email, PASSWORD), organisation);
        assertThat(own.select(".own-organisation").text())
            .isEqualTo("Vous faites partie de cette structure : vous ne pouvez ni approuver ni refuser sa demande ; les autres co-fondateurs décident.");
        assertThat(own.select("form")).isEmpty();

        Element other = card(signedIn("cofondatrice@demo.toitcommun.coop", "demo-toit-commun"), organisation);
        assertThat(other.select(".own-organisation")).isEmpty();
        assertThat(other.select("form[action$=/approve] button").text()).isEqualTo("Approuver");
    }

    @Test
    void theQueueNamesWhatItShowsWithoutTheJoinFormsHintsAndFoldsTheRefusalBehindAButton() {
        String organisation = "Les Voisins Solidaires " + UUID.randomUUID();
        assertThat(visitor().submit("/join", "/join", JoinForms.application(organisation, "voisins-" + UUID.randomUUID() + "@example.org"))
            .statusCode()).isEqualTo(302);

        Element card = card(signedIn("cofondatrice@demo.toitcommun.coop", "demo-toit-commun"), organisation);

        assertThat(card.select("dt").eachText()).contains("SIRET", "Présentation", "Intercommunalité", "Site web")
            .noneMatch(label -> label.contains("facultatif") || label.contains("("));
        Element refusal = card.selectFirst("details.reject-box");
        assertThat(refusal).isNotNull();
        assertThat(refusal.hasAttr("open")).isFalse();
        assertThat(refusal.selectFirst("summary").text()).isEqualTo("Refuser…");
        assertThat(refusal.select("form[action$=/reject] textarea[name=reason]")).hasSize(1);
    }

    private static Element card(WebClient cofounder, String organisation) {
        Document queue = html(cofounder.get("/signatures"));
        return queue.select("article.application").stream().filter(a -> a.select("h2").text().equals(organisation))
            .findFirst().orElseThrow(() -> new AssertionError(organisation + " is not in the queue"));
    }

    private WebClient visitor() {
        return new WebClient(port).header("X-Forwarded-For", TestAddresses.next());
    }

    private WebClient signedIn(String email, String password) {
        WebClient client = visitor();
        assertThat(client.signIn(email, password).statusCode()).isEqualTo(302);
        return client;
    }
}
