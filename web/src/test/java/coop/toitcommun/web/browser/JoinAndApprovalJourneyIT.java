package coop.toitcommun.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import coop.toitcommun.web.support.BrowserExtension;
import coop.toitcommun.web.support.TestAddresses;
import coop.toitcommun.web.support.TestMailServer;
import coop.toitcommun.web.support.WebIntegrationTest;
import jakarta.mail.Message;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The door in a real browser: an organisation applies in French for the second circle, its sponsor confirms,
 * two co-founders approve, the representative accepts the invitation and finds the organisation as a member;
 * and a co-founder's rejection reaches the applicant with its reason.
 */
@WebIntegrationTest
class JoinAndApprovalJourneyIT {

    private static final String DEMO_PASSWORD = "demo-toit-commun";
    private static final String NEW_PASSWORD = "une-phrase-de-passe-solide";
    private static final Pattern LINK = Pattern.compile("http://localhost:8080(/invitations/\\S+)");

    @RegisterExtension
    static BrowserExtension browser = new BrowserExtension();

    @LocalServerPort int port;

    @Test
    void applySponsorConfirmsTwoCofoundersApproveAndTheRepresentativeSignsIn() throws Exception {
        String organisation = "L’Atelier Vélo " + UUID.randomUUID().toString().substring(0, 8);
        String email = "atelier-" + UUID.randomUUID() + "@example.org";

        Page applicant = visitor();
        applicant.navigate(url("/join"));
        fillApplication(applicant, organisation, email);
        applicant.getByLabel("Cercle").selectOption("SECOND");
        applicant.getByLabel("Structure marraine").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Micros-rebelles"));
        assertThat(applicant.locator("#commitment-organisation")).hasText(organisation);
        applicant.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Signer la charte et envoyer la demande")).click();
        assertThat(applicant.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Demande envoyée");
        assertThat(TestMailServer.messagesTo(email, 1)).hasSize(1);

        Page sponsor = signIn("membre@demo.toitcommun.coop", DEMO_PASSWORD);
        Locator request = sponsor.locator("article", new Page.LocatorOptions().setHasText(organisation));
        request.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Confirmer le parrainage")).click();
        assertThat(sponsor.getByRole(AriaRole.STATUS)).hasText("Parrainage confirmé : les co-fondateurs verront votre réponse.");

        approveAs("cofondatrice@demo.toitcommun.coop", organisation);
        assertThat(TestMailServer.messagesTo(email, 2)).as("no invitation after one approval").hasSize(1);
        approveAs("cofondateur@demo.toitcommun.coop", organisation);

        Message invitation = TestMailServer.messagesTo(email, 2).get(1);
        assertThat(invitation.getSubject()).isEqualTo("Votre invitation au Toit Commun");
        Matcher link = LINK.matcher(text(invitation));
        assertThat(link.find()).isTrue();

        Page representative = visitor();
        representative.navigate(url(link.group(1)));
        representative.getByLabel("Mot de passe", new Page.GetByLabelOptions().setExact(true)).fill(NEW_PASSWORD);
        representative.getByLabel("Mot de passe, encore une fois").fill(NEW_PASSWORD);
        representative.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Créer mon mot de passe")).click();
        representative.getByLabel("Adresse e-mail").fill(email);
        representative.getByLabel("Mot de passe").fill(NEW_PASSWORD);
        representative.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Se connecter")).click();

        assertThat(representative).hasURL(url("/dashboard"));
        Locator mine = representative.locator("li", new Page.LocatorOptions().setHasText(organisation));
        assertThat(mine.locator(".badge")).hasText("Membre");
        mine.getByRole(AriaRole.LINK).click();
        assertThat(representative.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(organisation);
    }

    @Test
    void aCofounderRejectsWithAReasonThatArrivesByEmail() throws Exception {
        String organisation = "Conseil Express " + UUID.randomUUID().toString().substring(0, 8);
        String email = "conseil-" + UUID.randomUUID() + "@example.org";
        Page applicant = visitor();
        applicant.navigate(url("/join"));
        fillApplication(applicant, organisation, email);
        applicant.getByLabel("Forme juridique").selectOption("SAS");
        applicant.getByLabel("Statut au regard de l’ESS").selectOption("COMMERCIAL_WITHOUT_ESS");
        applicant.getByLabel("Cercle").selectOption("HOSTED");
        applicant.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Signer la charte et envoyer la demande")).click();
        assertThat(applicant.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Demande envoyée");

        Page cofounder = signIn("cofondateur@demo.toitcommun.coop", DEMO_PASSWORD);
        List<String> confirmations = new ArrayList<>();
        cofounder.onDialog(dialog -> {
            confirmations.add(dialog.message());
            dialog.accept();
        });
        cofounder.navigate(url("/signatures"));
        Locator card = cofounder.locator("article", new Page.LocatorOptions().setHasText(organisation));
        assertThat(card.getByRole(AriaRole.NOTE).first()).containsText("Société commerciale sans statut ESS");
        // the refusal box is folded behind a button; unfolded it asks for a reason, and keeps it open when one is missing
        card.locator("summary", new Locator.LocatorOptions().setHasText("Refuser…")).click();
        card.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Refuser").setExact(true)).click();
        assertThat(cofounder.locator("#application-" + applicationIdOf(card) + " .invalid-feedback"))
            .hasText("Un refus doit être motivé : écrivez le motif.");

        card = cofounder.locator("article", new Page.LocatorOptions().setHasText(organisation));
        card.getByLabel("Motif du refus (envoyé à la structure)").fill("Une société de conseil sans statut ESS ne partage pas l’article 1 de la charte.");
        card.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Refuser").setExact(true)).click();
        assertThat(cofounder.getByRole(AriaRole.STATUS)).hasText("La demande est refusée ; le motif a été envoyé à la structure.");
        assertThat(cofounder.locator("article", new Page.LocatorOptions().setHasText(organisation))).hasCount(0);
        assertThat(confirmations).contains("Refuser la demande de " + organisation + " ? Le refus est définitif : la structure recevra le motif par e-mail.");

        Message rejection = TestMailServer.messagesTo(email, 2).get(1);
        assertThat(rejection.getSubject()).isEqualTo("Votre demande d’adhésion au Toit Commun");
        assertThat(text(rejection)).contains(organisation,
            "Une société de conseil sans statut ESS ne partage pas l’article 1 de la charte.");

        cofounder.navigate(url("/audit"));
        cofounder.getByLabel("Structure", new Page.GetByLabelOptions().setExact(true)).selectOption(new com.microsoft.playwright.options.SelectOption().setLabel(organisation));
        cofounder.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filtrer")).click();
        assertThat(cofounder.locator("tbody tr").first()).containsText("Demande refusée");
        assertThat(cofounder.locator("tbody tr")).not().hasCount(0);
        assertThat(cofounder.locator("tbody tr", new Page.LocatorOptions().setHasNotText(organisation))).hasCount(0);
    }

    private void fillApplication(Page page, String organisation, String email) {
        page.getByLabel("Nom de la structure").fill(organisation);
        page.getByLabel("SIRET (facultatif)").fill("");
        page.getByLabel("Commune").fill("Liévin");
        page.getByLabel("Présentation courte").fill("Répare les vélos avec les habitants du quartier.");
        page.getByLabel("Nom et prénom").fill("Léa Dubois");
        page.getByLabel("Adresse e-mail").fill(email);
        page.getByLabel("Votre nom complet, en guise de signature").fill("Léa Dubois");
        page.getByLabel("Je signe la charte au nom de").check();
    }

    private void approveAs(String cofounderEmail, String organisation) {
        Page cofounder = signIn(cofounderEmail, DEMO_PASSWORD);
        cofounder.navigate(url("/signatures"));
        Locator card = cofounder.locator("article", new Page.LocatorOptions().setHasText(organisation));
        assertThat(card).containsText("confirme le parrainage");
        card.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Approuver")).click();
        assertThat(cofounder.getByRole(AriaRole.STATUS)).hasText("Votre approbation est enregistrée.");
    }

    /** The decoded text of an email (the French ones travel as quoted-printable UTF-8). */
    private static String text(Message message) throws Exception {
        return message.getContent().toString().replace("\r\n", "\n");
    }

    private static String applicationIdOf(Locator card) {
        return card.getAttribute("id").substring("application-".length());
    }

    private Page signIn(String email, String password) {
        Page page = visitor();
        page.navigate(url("/login"));
        page.getByLabel("Adresse e-mail").fill(email);
        page.getByLabel("Mot de passe").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Se connecter")).click();
        assertThat(page).hasURL(url("/dashboard"));
        return page;
    }

    private Page visitor() {
        Page page = browser.newPage("fr-FR");
        page.setExtraHTTPHeaders(Map.of("X-Forwarded-For", TestAddresses.next()));
        return page;
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
