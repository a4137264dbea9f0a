package coop.toitcommun.web.security;

import static coop.toitcommun.web.support.WebClient.html;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import coop.toitcommun.membership.AccountView;
import coop.toitcommun.membership.Accounts;
import coop.toitcommun.membership.Invitation;
import coop.toitcommun.membership.Language;
import coop.toitcommun.membership.Role;
import coop.toitcommun.web.support.TestAddresses;
import coop.toitcommun.web.support.WebClient;
import coop.toitcommun.web.support.WebIntegrationTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@WebIntegrationTest
class SecurityIT {

    private static final String PASSWORD = "une-phrase-de-passe-solide";

    @LocalServerPort int port;
    @Autowired Accounts accounts;
    @Autowired JdbcClient jdbc;

    @Test
    void pagesCarryTheSecurityHeaders() {
        HttpResponse<String> home = visitor().get("/");

        assertThat(home.statusCode()).isEqualTo(200);
        String csp = home.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(csp).contains("script-src 'self'", "style-src 'self'", "frame-ancestors 'none'").doesNotContain("unsafe");
        assertThat(home.headers().firstValue("Referrer-Policy")).contains("same-origin");
        assertThat(home.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(home.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(home.headers().firstValue("Strict-Transport-Security")).as("not over plain HTTP").isEmpty();

        HttpResponse<String> overHttps = visitor().header("X-Forwarded-Proto", "https").get("/");
        assertThat(overHttps.headers().firstValue("Strict-Transport-Security")).get().asString().contains("max-age=");
    }

    @Test
    void templatesHaveNoInlineScriptOrStyle() {
        Document home = html(visitor().get("/"));
        assertThat(home.select("script:not([src])")).isEmpty();
        assertThat(home.select("style, [style]")).isEmpty();
    }

    @Test
    void signedInPagesSendAnonymousVisitorsToTheLoginPage() {
        HttpResponse<String> dashboard = visitor().get("/dashboard");

        assertThat(dashboard.statusCode()).isEqualTo(302);
        assertThat(dashboard.headers().firstValue("Location")).get().asString().endsWith("/login");
    }

    @Test
    void anUnknownAddressShowsTheFrenchNotFoundPageWithNavigation() {
        HttpResponse<String> missing = visitor().header("Accept", "*/*").get("/nulle-part");

        assertThat(missing.statusCode()).isEqualTo(404);
        Document page = html(missing);
        assertThat(page.select("html").attr("lang")).isEqualTo("fr");
        assertThat(page.select("h1").text()).isEqualTo("Page introuvable");
        assertThat(page.select("nav a[href=/charter]")).isNotEmpty();
        assertThat(missing.body()).doesNotContain("Exception", "at org.", "Whitelabel");
    }

    @Test
    void anEnglishBrowserGetsTheEnglishNotFoundPage() {
        HttpResponse<String> missing = visitor().header("Accept-Language", "en-GB,en;q=0.8").get("/nowhere");

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(html(missing).select("h1").text()).isEqualTo("Page not found");
    }

    @Test
    void aMemberCannotOpenTheAdminPages() {
        WebClient member = signedIn(newAccount(Role.MEMBER));

        HttpResponse<String> admin = member.get("/admin/accounts");

        assertThat(admin.statusCode()).isEqualTo(403);
        assertThat(html(admin).select("h1").text()).isEqualTo("Accès refusé");
    }

    @Test
    void afterFiveWrongPasswordsThisAddressWaitsEvenWithTheRightOneButAnotherAddressSignsIn() {
        AccountView account = newAccount(Role.MEMBER);
        WebClient visitor = visitorFrom(TestAddresses.next());
        for (int i = 0; i < 5; i++) {
            assertThat(loginError(visitor, visitor.signIn(account.email(), "mauvais-mot-de-passe-" + i)))
                .isEqualTo("Adresse e-mail ou mot de passe incorrect.");
        }

        HttpResponse<String> sixth = visitor.signIn(account.email(), PASSWORD);

        assertThat(sixth.headers().firstValue("Location")).get().asString().endsWith("/login?error=throttled");
        assertThat(loginError(visitor, sixth))
            .matches("Trop de tentatives échouées pour ce compte depuis votre connexion\\. Réessayez dans (une minute|\\d+ secondes), .*");
        assertThat(visitorFrom(TestAddresses.next()).signIn(account.email(), PASSWORD).headers().firstValue("Location"))
            .as("the owner, from an address that has not failed").get().asString().endsWith("/dashboard");
    }

    @Test
    void theThrottlingAnswerIsTheSameForAnUnknownAccount() {
        String unknown = "personne-" + UUID.randomUUID() + "@example.org";
        AccountView known = newAccount(Role.MEMBER);
        WebClient first = visitorFrom(TestAddresses.next());
        WebClient second = visitorFrom(TestAddresses.next());
        HttpResponse<String> unknownAnswer = null;
        HttpResponse<String> knownAnswer = null;
        for (int i = 0; i < 6; i++) {
            unknownAnswer = first.signIn(unknown, "mauvais-mot-de-passe");
            knownAnswer = second.signIn(known.email(), "mauvais-mot-de-passe");
            assertThat(unknownAnswer.statusCode()).isEqualTo(knownAnswer.statusCode());
            assertThat(unknownAnswer.headers().firstValue("Location")).isEqualTo(knownAnswer.headers().firstValue("Location"));
        }
        assertThat(withoutNumbers(loginError(first, unknownAnswer))).isEqualTo(withoutNumbers(loginError(second, knownAnswer)))
            .startsWith("Trop de tentatives");
    }

    @Test
    void failuresOnOtherAccountsFromASharedAddressLockNobodyOut() {
        AccountView account = newAccount(Role.MEMBER);
        String sharedWifi = TestAddresses.next();
        WebClient stranger = visitorFrom(sharedWifi);
        for (int i = 0; i < 10; i++) {
            stranger.signIn("devine-" + i + "-" + UUID.randomUUID() + "@example.org", "mauvais-mot-de-passe");
        }

        assertThat(visitorFrom(sharedWifi).signIn(account.email(), PASSWORD).headers().firstValue("Location"))
            .get().asString().endsWith("/dashboard");
    }

    @Test
    void aDisabledAccountIsToldOnlyWithTheRightPassword() {
        AccountView account = newAccount(Role.MEMBER);
        accounts.setEnabled(newAccount(Role.ADMIN).personId(), account.personId(), false);
        WebClient visitor = visitorFrom(TestAddresses.next());

        assertThat(loginError(visitor, visitor.signIn(account.email(), "mauvais-mot-de-passe")))
            .isEqualTo("Adresse e-mail ou mot de passe incorrect.");
        assertThat(loginError(visitor, visitor.signIn(account.email(), PASSWORD)))
            .startsWith("Ce compte est désactivé.");
    }

    @Test
    void aFailedSignInKeepsTheTypedEmail() {
        WebClient visitor = visitorFrom(TestAddresses.next());
        HttpResponse<String> failed = visitor.signIn("quelquun@example.org", "mauvais-mot-de-passe");

        assertThat(html(visitor.follow(failed)).select("input[name=email]").val()).isEqualTo("quelquun@example.org");
    }

    @Test
    void sessionsEndAfterThirtyIdleMinutesByDefault() {
        AccountView account = newAccount(Role.MEMBER);
        WebClient member = new WebClient(port).header("X-Forwarded-For", TestAddresses.next());

        HttpResponse<String> signIn = member.signIn(account.email(), PASSWORD);

        String cookie = signIn.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("SESSION=")).findFirst().orElseThrow();
        assertThat(cookie).contains("HttpOnly").contains("SameSite=Lax");
        String sessionId = new String(Base64.getDecoder().decode(cookie.substring("SESSION=".length(), cookie.indexOf(';'))),
            StandardCharsets.US_ASCII);
        assertThat(jdbc.sql("SELECT max_inactive_interval FROM web.http_session WHERE session_id = :id AND principal_name = :email")
            .param("id", sessionId).param("email", account.email()).query(Integer.class).single())
            .as("seconds of inactivity after which the stored session ends").isEqualTo((int) Duration.ofMinutes(30).toSeconds());
    }

    private static String withoutNumbers(String text) {
        return text.replaceAll("(une|\\d+) (minute|seconde)s?", "…");
    }

    private String loginError(WebClient visitor, HttpResponse<String> redirect) {
        return html(visitor.follow(redirect)).select(".alert-danger").text();
    }

    private AccountView newAccount(Role role) {
        return accounts.createActivated(new Invitation("compte-" + UUID.randomUUID() + "@example.org", "Camille Testeuse",
            Language.FR, Set.of(role)), PASSWORD);
    }

    private WebClient signedIn(AccountView account) {
        WebClient client = visitorFrom(TestAddresses.next());
        assertThat(client.signIn(account.email(), PASSWORD).headers().firstValue("Location")).get().asString().endsWith("/dashboard");
        return client;
    }

    private WebClient visitor() {
        return new WebClient(port);
    }

    private WebClient visitorFrom(String address) {
        return visitor().header("X-Forwarded-For", address);
    }
}
