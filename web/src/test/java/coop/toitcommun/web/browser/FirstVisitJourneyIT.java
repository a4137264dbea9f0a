package coop.toitcommun.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import coop.toitcommun.web.support.BrowserExtension;
import coop.toitcommun.web.support.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A newcomer's first visit, in a real browser, with the demo member's account. */
@WebIntegrationTest
class FirstVisitJourneyIT {

    private static final String MEMBER = "membre@demo.toitcommun.coop";
    private static final String PASSWORD = "demo-toit-commun";

    @RegisterExtension
    static BrowserExtension browser = new BrowserExtension();

    @LocalServerPort int port;

    @Test
    void frenchHomeThenEnglishSignInDashboardAndSignOut() {
        Page page = browser.newPage("fr-FR");
        page.navigate(url("/"));
        assertThat(page.locator("html")).hasAttribute("lang", "fr");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Le Toit Commun");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Lire la charte"))).isVisible();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("English")).click();
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Read the charter"))).isVisible();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sign in").setExact(true)).first().click();
        page.getByLabel("Email address").fill(MEMBER);
        page.getByLabel("Password").fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();

        assertThat(page).hasURL(url("/dashboard"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Hello Nadia Benali");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nadia Benali")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("You are signed out. See you soon!");
        page.navigate(url("/dashboard"));
        assertThat(page).hasURL(url("/login"));
    }

    @Test
    void aWrongPasswordShowsTheFrenchErrorAndKeepsTheEmail() {
        Page page = browser.newPage("fr-FR");
        page.navigate(url("/login"));
        page.getByLabel("Adresse e-mail").fill(MEMBER);
        page.getByLabel("Mot de passe").fill("ce-n-est-pas-le-bon");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Se connecter")).click();

        assertThat(page.getByRole(AriaRole.ALERT)).hasText("Adresse e-mail ou mot de passe incorrect.");
        assertThat(page.getByLabel("Adresse e-mail")).hasValue(MEMBER);
    }

    @Test
    void theMenuWorksOnAPhone() {
        Page page = browser.newPage("fr-FR", 390, 844);
        page.navigate(url("/"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ouvrir ou fermer le menu")).click();

        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("La charte")).first()).isVisible();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
