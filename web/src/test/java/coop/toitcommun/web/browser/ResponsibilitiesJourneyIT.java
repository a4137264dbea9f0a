package coop.toitcommun.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import coop.toitcommun.web.support.BrowserExtension;
import coop.toitcommun.web.support.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A co-founder (Martine Delattre), on a phone, is told on her dashboard that responsibilities have no backup, opens
 * the dependence view, reads the co-founders' responsibilities nobody can take over beside their mandates, and hands
 * the accounts over to the employee, keeping herself as backup: the handover shows in the history.
 */
@WebIntegrationTest
class ResponsibilitiesJourneyIT {

    private static final String COFOUNDER = "cofondatrice@demo.toitcommun.coop";
    private static final String PASSWORD = "demo-toit-commun";

    @RegisterExtension
    static BrowserExtension browser = new BrowserExtension();

    @LocalServerPort int port;

    @Test
    void aCofounderSeesWhatTheHouseCannotDoWithoutHerAndHandsTheAccountsOver() {
        Page page = browser.newPage("fr-FR", 390, 844);
        page.navigate(url("/login"));
        page.getByLabel("Adresse e-mail").fill(COFOUNDER);
        page.getByLabel("Mot de passe").fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Se connecter")).click();
        assertThat(page).hasURL(url("/dashboard"));

        Locator alert = page.locator("#dependence-alert");
        assertThat(alert).containsText("n’ont pas de suppléant");
        alert.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Voir la dépendance")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
            .hasText("La maison peut-elle se passer d’elles et d’eux ?");

        Locator withoutBackup = page.locator("#without-backup");
        assertThat(withoutBackup).containsText("Clés de la maison");
        assertThat(withoutBackup).containsText("Accès à la banque");
        assertThat(withoutBackup).containsText("Relations avec la mairie et la communauté d’agglomération");
        assertThat(withoutBackup).containsText("Bernard Lefort");
        assertThat(page.locator("#overloaded")).containsText("Martine Delattre");

        Locator martine = page.locator("article.person-load", new Page.LocatorOptions().setHasText("Si Martine Delattre s’absente"));
        assertThat(martine.locator("ul.alone")).containsText("Comptabilité et déclarations");
        assertThat(martine.locator("ul.mandates")).containsText("Conseil coopératif");
        assertThat(martine.locator("ul.mandates")).containsText("Gérance");
        Locator bernard = page.locator("article.person-load", new Page.LocatorOptions().setHasText("Si Bernard Lefort s’absente"));
        assertThat(bernard.locator("ul.alone")).containsText("Site web et réseaux sociaux");
        assertThat(bernard.locator("ul.mandates")).containsText("Gérance");
        org.assertj.core.api.Assertions.assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))
            .as("nothing sticks out of a 390 px screen").isTrue();

        martine.locator("ul.alone").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Comptabilité et déclarations")).click();
        assertThat(page.locator("#note")).containsText("Expertise Solidaire");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Passer le relais")).click();
        page.getByLabel("Nouveau ou nouvelle titulaire").selectOption(new SelectOption().setLabel("Sabrina Kaci"));
        page.getByLabel("Martine Delattre", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByLabel("Note du relais (gardée dans l’historique)").fill("Martine reste suppléante jusqu’à la clôture des comptes.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Passer le relais")).click();

        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Relais passé");
        assertThat(page.locator("#holder")).hasText("Sabrina Kaci");
        assertThat(page.locator("#backups")).containsText("Martine Delattre");
        assertThat(page.locator("#history")).containsText("Relais passé de Martine Delattre à Sabrina Kaci");
        assertThat(page.locator("#history")).containsText("Martine reste suppléante jusqu’à la clôture des comptes.");

        page.navigate(url("/responsibilities/dependence"));
        assertThat(page.locator("#without-backup")).not().containsText("Comptabilité et déclarations");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
