package coop.toitcommun.web.join;

import static coop.toitcommun.web.support.WebClient.html;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
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
import coop.toitcommun.web.support.TestMailServer;
import coop.toitcommun.web.support.WebClient;
import coop.toitcommun.web.support.WebIntegrationTest;
import jakarta.mail.Message;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The door over HTTP: the join form's errors, confirmation and email, access between organisations. */
@WebIntegrationTest
class DoorIT {

    private static final String PASSWORD = "une-phrase-de-passe-solide";

    @LocalServerPort int port;
    @Autowired Accounts accounts;
    @Autowired Organisations organisations;

    @Test
    void anInvalidSiretAnEmptyTypedNameAndAnUntickedCommitmentGiveFrenchErrorsAndKeepTheInput() {
        WebClient visitor = visitor();
        Map<String, String> form = JoinForms.application("Les Jardins Partagés " + UUID.randomUUID(), unique("jardins"));
        form.put("organisation.siret", "123 456 789 01234");
        form.put("typedName", "");
        form.remove("commitment");

        HttpResponse<String> response = visitor.submit("/join", "/join", form);

        assertThat(response.statusCode()).isEqualTo(200);
        Document page = html(response);
        assertThat(page.select("#siret + .invalid-feedback").text()).startsWith("Ce numéro SIRET n’est pas valide");
        assertThat(page.select("#typedName ~ .invalid-feedback").text()).isEqualTo("Ce champ est obligatoire.");
        assertThat(page.select(".form-check .invalid-feedback").text()).isEqualTo("Cochez la case pour signer au nom de votre structure.");
        assertThat(page.select("#name").val()).isEqualTo(form.get("organisation.name"));
        assertThat(page.select("#siret").val()).isEqualTo("123 456 789 01234");
        assertThat(page.select("#representativeEmail").val()).isEqualTo(form.get("representativeEmail"));
        assertThat(page.select("#description").text()).isEqualTo(form.get("organisation.description"));
    }

    @Test
    void aWebsiteThatIsNotAnHttpAddressIsRefusedAndKeptBecauseTheDirectoryWouldLinkToIt() {
        Map<String, String> form = JoinForms.application("Le Lien Cassé " + UUID.randomUUID(), unique("lien"));
        form.put("organisation.website", "javascript:alert(1)");

        HttpResponse<String> response = visitor().submit("/join", "/join", form);

        assertThat(response.statusCode()).isEqualTo(200);
        Document page = html(response);
        assertThat(page.select("#website + .invalid-feedback").text()).startsWith("Indiquez l’adresse complète du site");
        assertThat(page.select("#website").val()).isEqualTo("javascript:alert(1)");
    }

    @Test
    void aValueThatCannotBeReadIsAFieldErrorAndTheRestIsKept() {
        Map<String, String> form = JoinForms.application("Les Mots Illisibles " + UUID.randomUUID(), unique("illisible"));
        form.put("organisation.esusApprovedOn", "le 3 mars");

        HttpResponse<String> response = visitor().submit("/join", "/join", form);

        assertThat(response.statusCode()).isEqualTo(200);
        Document page = html(response);
        assertThat(page.select("#esusApprovedOn").hasClass("is-invalid")).isTrue();
        assertThat(page.select("#name").val()).isEqualTo(form.get("organisation.name"));
        assertThat(page.select("#representativeEmail").val()).isEqualTo(form.get("representativeEmail"));
    }

    @Test
    void anApplicationIsConfirmedOnThePageAndByEmail() throws Exception {
        String email = unique("ressourcerie");
        HttpResponse<String> sent = visitor().submit("/join", "/join", JoinForms.application("La Recyclerie " + UUID.randomUUID(), email));

        assertThat(sent.statusCode()).isEqualTo(302);
        assertThat(sent.headers().firstValue("Location")).get().asString().endsWith("/join/sent");
        Message mail = TestMailServer.messagesTo(email, 1).get(0);
        assertThat(mail.getSubject()).isEqualTo("Votre demande d’adhésion au Toit Commun");
        assertThat(TestMailServer.body(mail)).contains("Bonjour Camille Martin", "La Recyclerie", "les co-fondateurs");
    }

    @Test
    void aFilledTrapFieldRecordsNothing() {
        String email = unique("robot");
        Map<String, String> form = JoinForms.application("Robot " + UUID.randomUUID(), email);
        form.put("url", "http://spam.example");

        HttpResponse<String> response = visitor().submit("/join", "/join", form);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(html(response).select("h1").text()).isEqualTo("Demande envoyée");
        assertThat(organisations.findByName(form.get("organisation.name"))).isEmpty();
    }

    @Test
    void aMemberOfOneOrganisationCanNeitherReadNorChangeAnother() {
        OrganisationRef mine = organisations.register("Structure A " + UUID.randomUUID(), OrganisationStatus.MEMBER, Circle.FOUNDING);
        OrganisationRef theirs = organisations.register("Structure B " + UUID.randomUUID(), OrganisationStatus.MEMBER, Circle.FOUNDING);
        String email = unique("membre-a");
        long person = accounts.createActivated(new Invitation(email, "Membre A", Language.FR, Set.of(Role.MEMBER)), PASSWORD).personId();
        organisations.link(mine.id(), person, OrganisationRole.LEGAL_REPRESENTATIVE);
        WebClient member = signedIn(email);

        assertThat(member.get("/organisations/" + mine.id()).statusCode()).isEqualTo(200);
        assertThat(member.get("/organisations/" + theirs.id()).statusCode()).isEqualTo(404);
        String token = csrfOf(member, "/organisations/" + mine.id());
        assertThat(member.post("/organisations/" + theirs.id(), Map.of("_csrf", token, "organisation.name", "Prise", "organisation.legalForm", "ASSOCIATION",
            "organisation.essStatus", "ESS_BY_LEGAL_FORM", "version", "0")).statusCode()).isEqualTo(404);
        assertThat(member.post("/organisations/" + theirs.id() + "/contacts", Map.of("_csrf", token, "displayName", "Intrus",
            "email", unique("intrus"), "role", "CONTACT")).statusCode()).isEqualTo(404);
        assertThat(organisations.find(theirs.id()).orElseThrow().name()).isEqualTo(theirs.name());
        assertThat(member.get("/signatures").statusCode()).isEqualTo(403);
        assertThat(member.post("/signatures/1/approve", Map.of("_csrf", token)).statusCode()).isEqualTo(403);
        assertThat(member.get("/exclusions").statusCode()).isEqualTo(403);
        assertThat(member.get("/charter/draft").statusCode()).isEqualTo(403);
    }

    @Test
    void aCardWithADateThatCannotBeReadKeepsWhatWasTypedAndSaysWhy() {
        OrganisationRef mine = organisations.register("Structure D " + UUID.randomUUID(), OrganisationStatus.MEMBER, Circle.SECOND);
        String email = unique("membre-d");
        long person = accounts.createActivated(new Invitation(email, "Membre D", Language.FR, Set.of(Role.MEMBER)), PASSWORD).personId();
        organisations.link(mine.id(), person, OrganisationRole.LEGAL_REPRESENTATIVE);
        WebClient member = signedIn(email);
        String path = "/organisations/" + mine.id();
        String version = html(member.get(path)).select("input[name=version]").val();

        HttpResponse<String> invalid = member.submit(path, path, Map.of("organisation.name", "Nom tapé", "organisation.legalForm", "SCOP",
            "organisation.essStatus", "ESUS_APPROVED", "organisation.esusApprovedOn", "hier", "organisation.siret", "123", "organisation.commune", "Liévin", "version", version));

        assertThat(invalid.statusCode()).isEqualTo(200);
        Document page = html(invalid);
        assertThat(page.select("#esusApprovedOn").hasClass("is-invalid")).isTrue();
        assertThat(page.select("#name").val()).isEqualTo("Nom tapé");
        assertThat(page.select("#commune").val()).isEqualTo("Liévin");
    }

    @Test
    void aMemberEditsTheirCardAndAnInvalidSiretKeepsTheInput() {
        OrganisationRef mine = organisations.register("Structure C " + UUID.randomUUID(), OrganisationStatus.MEMBER, Circle.SECOND);
        String email = unique("membre-c");
        long person = accounts.createActivated(new Invitation(email, "Membre C", Language.FR, Set.of(Role.MEMBER)), PASSWORD).personId();
        organisations.link(mine.id(), person, OrganisationRole.LEGAL_REPRESENTATIVE);
        WebClient member = signedIn(email);
        String path = "/organisations/" + mine.id();

        String version = html(member.get(path)).select("input[name=version]").val();
        HttpResponse<String> invalid = member.submit(path, path, Map.of("organisation.name", "Nouveau nom", "organisation.legalForm", "SCOP",
            "organisation.essStatus", "ESS_BY_LEGAL_FORM", "organisation.siret", "00000000000001", "organisation.commune", "Avion", "version", version));
        assertThat(invalid.statusCode()).isEqualTo(200);
        assertThat(html(invalid).select("#siret").val()).isEqualTo("00000000000001");
        assertThat(html(invalid).select("#commune").val()).isEqualTo("Avion");

        HttpResponse<String> saved = member.submit(path, path, Map.of("organisation.name", "Nouveau nom " + mine.id(), "organisation.legalForm", "SCOP",
            "organisation.essStatus", "ESS_BY_LEGAL_FORM", "organisation.siret", "732 829 320 00074", "organisation.commune", "Avion", "organisation.inDirectory", "true",
            "version", version));
        assertThat(saved.statusCode()).isEqualTo(302);

        HttpResponse<String> stale = member.submit(path, path, Map.of("organisation.name", "Nom périmé", "organisation.legalForm", "SCOP",
            "organisation.essStatus", "ESS_BY_LEGAL_FORM", "organisation.commune", "Avion", "version", version));
        assertThat(stale.statusCode()).isEqualTo(200);
        assertThat(html(stale).select(".alert-danger").text()).startsWith("Quelqu’un a modifié cette fiche");
        assertThat(html(stale).select("#name").val()).isEqualTo("Nom périmé");
        assertThat(organisations.find(mine.id()).orElseThrow().name()).isEqualTo("Nouveau nom " + mine.id());
        assertThat(html(visitor().get("/organisations?commune=Avion")).select(".directory h2").eachText())
            .contains("Nouveau nom " + mine.id());

        HttpResponse<String> noEmail = member.submit(path, path + "/contacts", Map.of("displayName", "Yanis Belkacem",
            "email", "", "role", "CONTACT", "kinds", "VOLUNTEER"));
        assertThat(html(noEmail).select("#email").hasClass("is-invalid")).isTrue();
        assertThat(html(noEmail).select("#displayName").val()).isEqualTo("Yanis Belkacem");
        member.submit(path, path + "/contacts", Map.of("displayName", "Yanis Belkacem", "email", unique("yanis"),
            "role", "CONTACT", "kinds", "VOLUNTEER", "sharedWithMembers", "true"));
        assertThat(html(member.get(path)).select("tr:contains(Yanis Belkacem)").text()).contains("Contact", "Bénévole", "oui");
    }

    private String csrfOf(WebClient client, String path) {
        return html(client.get(path)).select("input[name=_csrf]").first().val();
    }

    private WebClient visitor() {
        return new WebClient(port).header("X-Forwarded-For", TestAddresses.next());
    }

    private WebClient signedIn(String email) {
        return signedIn(email, PASSWORD);
    }

    private WebClient signedIn(String email, String password) {
        WebClient client = visitor();
        assertThat(client.signIn(email, password).statusCode()).isEqualTo(302);
        return client;
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID() + "@example.org";
    }
}
