package coop.toitcommun.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import coop.toitcommun.web.support.BrowserExtension;
import coop.toitcommun.web.support.WebIntegrationTest;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A board member of the SCIC (the demo member, Nadia Benali, director on the cooperative board) opens the
 * SCIC's page in a real browser, goes through its tabs to read its bodies, then its register's totals by college and
 * capital, then tries a subscription that would give public bodies more than half of the capital.
 */
@WebIntegrationTest
class GovernanceJourneyIT {

    private static final String BOARD_MEMBER = "membre@demo.toitcommun.coop";
    private static final String PASSWORD = "demo-toit-commun";

    @RegisterExtension
    static BrowserExtension browser = new BrowserExtension();

    @LocalServerPort int port;

    @Test
    void aBoardMemberReadsTheScicAndAPublicBodyCannotPassHalfTheCapital() {
        Page page = browser.newPage("fr-FR");
        page.navigate(url("/login"));
        page.getByLabel("Adresse e-mail").fill(BOARD_MEMBER);
        page.getByLabel("Mot de passe").fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Se connecter")).click();
        assertThat(page).hasURL(url("/dashboard"));

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Gouvernance").setExact(true)).first().click();
        page.locator("svg.entity-diagram-svg").waitFor();
        page.locator(".card-title a", new Page.LocatorOptions().setHasText("SCIC Le Toit Commun")).click();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("SCIC Le Toit Commun");
        Locator tabs = page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Pages de la structure"));
        assertThat(tabs.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Identité et statuts"))).hasAttribute("aria-current", "page");
        tabs.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Instances et mandats")).click();
        assertThat(page).hasTitle(Pattern.compile("SCIC Le Toit Commun – Instances et mandats"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Conseil coopératif"))).isVisible();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Assemblée générale des associés"))).isVisible();
        assertThat(page.locator("#bodies")).containsText("Martine Delattre");
        assertThat(page.locator("#bodies")).containsText("Nadia Benali");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ouvrir l’espace de l’instance"))).isVisible();

        tabs.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Registre et mouvements")).click();
        assertThat(page.locator("#capital")).hasText("13 300,00 €");
        Locator byCollege = page.locator("#totals-college");
        assertThat(byCollege.locator("caption")).hasText("Totaux par collège");
        assertThat(byCollege.getByRole(AriaRole.ROW, new Locator.GetByRoleOptions().setName("Partenaires"))).containsText("6 000,00 €");
        assertThat(byCollege.getByRole(AriaRole.ROW, new Locator.GetByRoleOptions().setName("Fondateurs"))).containsText("30 %");

        Locator form = page.locator("#subscription-form");
        form.getByLabel("Associé").selectOption(new SelectOption().setLabel("Communauté d’agglomération de Lens-Liévin"));
        form.getByLabel("Nombre de parts").fill("20");
        form.getByLabel("Montant libéré (€)").fill("2000");
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Enregistrer la souscription")).click();

        Locator refusal = page.locator("#subscription-form").getByRole(AriaRole.ALERT);
        assertThat(refusal).containsText("Souscription refusée : les collectivités publiques détiendraient 8 000,00 € sur un capital de 15 300,00 €, soit plus de 50 % du capital de la SCIC");
        assertThat(page.locator("#subscription-form").getByLabel("Nombre de parts")).hasValue("20");
        page.navigate(url("/entities"));
        page.locator(".card-title a", new Page.LocatorOptions().setHasText("SCIC Le Toit Commun")).click();
        tabs.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Registre et mouvements")).click();
        assertThat(page.locator("#capital")).hasText("13 300,00 €");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
