package coop.toitcommun.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import coop.toitcommun.membership.AccountView;
import coop.toitcommun.membership.Accounts;
import coop.toitcommun.membership.Invitation;
import coop.toitcommun.membership.Language;
import coop.toitcommun.membership.Role;
import coop.toitcommun.web.support.Authenticator;
import coop.toitcommun.web.support.BrowserExtension;
import coop.toitcommun.web.support.TestAddresses;
import coop.toitcommun.web.support.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Two-step sign-in and sessions that end, in a real browser. */
@WebIntegrationTest
class AccountSecurityJourneyIT {

    private static final String PASSWORD = "une-phrase-de-passe-solide";

    @RegisterExtension
    static BrowserExtension browser = new BrowserExtension();

    @LocalServerPort int port;
    @Autowired Accounts accounts;

    @Test
    void aPersonTurnsOnTwoStepSignInThenSignsInWithTheCodeOfTheirApp() {
        AccountView account = newAccount();
        Page page = visitor();
        signIn(page, account.email());
        assertThat(page).hasURL(url("/dashboard"));

        page.navigate(url("/account"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Gérer la connexion en deux étapes")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Activer la connexion en deux étapes")).click();
        assertThat(page.getByRole(AriaRole.IMG, new Page.GetByRoleOptions().setName("QR code à scanner avec votre application d’authentification")))
            .isVisible();
        Authenticator app = new Authenticator(page.locator("#secret").textContent());
        page.getByLabel("Code à six chiffres").fill(app.code(0));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Activer").setExact(true)).click();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Vos codes de secours");
        assertThat(page.locator(".recovery-codes code")).hasCount(10);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("J’ai gardé mes codes, continuer")).click();
        assertThat(page).hasURL(url("/dashboard"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Camille Testeuse")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Se déconnecter")).click();

        signIn(page, account.email());
        assertThat(page).hasURL(url("/login/second-step"));
        page.getByLabel("Code à six chiffres").fill(app.code(1));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Me connecter")).click();

        assertThat(page).hasURL(url("/dashboard"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Bonjour Camille Testeuse");
    }

    @Test
    void aSecondBrowserSessionGetsTheSignInPageOnceThePasswordChanged() {
        AccountView account = newAccount();
        Page laptop = visitor();
        Page phone = browser.newPage("fr-FR", 390, 844);
        phone.setExtraHTTPHeaders(Map.of("X-Forwarded-For", TestAddresses.next()));
        signIn(laptop, account.email());
        signIn(phone, account.email());
        assertThat(phone).hasURL(url("/dashboard"));

        laptop.navigate(url("/account"));
        laptop.getByLabel("Mot de passe actuel").fill(PASSWORD);
        laptop.getByLabel("Nouveau mot de passe", new Page.GetByLabelOptions().setExact(true)).fill("encore-une-phrase-solide");
        laptop.getByLabel("Nouveau mot de passe, encore une fois").fill("encore-une-phrase-solide");
        laptop.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Changer le mot de passe")).click();
        assertThat(laptop.getByRole(AriaRole.STATUS).first()).hasText("Votre mot de passe est changé.");

        phone.navigate(url("/bookings"));

        assertThat(phone).hasURL(Pattern.compile(".*/login\\?ended.*"));
        assertThat(phone.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Se connecter");
        assertThat(phone.getByRole(AriaRole.STATUS)).containsText("Votre session a pris fin");
        laptop.navigate(url("/bookings"));
        assertThat(laptop).hasURL(url("/bookings"));
    }

    private void signIn(Page page, String email) {
        page.navigate(url("/login"));
        page.getByLabel("Adresse e-mail").fill(email);
        page.getByLabel("Mot de passe").fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Se connecter")).click();
    }

    private Page visitor() {
        Page page = browser.newPage("fr-FR");
        page.setExtraHTTPHeaders(Map.of("X-Forwarded-For", TestAddresses.next()));
        return page;
    }

    private AccountView newAccount() {
        return accounts.createActivated(new Invitation("navigateur-" + UUID.randomUUID() + "@example.org", "Camille Testeuse",
            Language.FR, Set.of(Role.MEMBER)), PASSWORD);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
