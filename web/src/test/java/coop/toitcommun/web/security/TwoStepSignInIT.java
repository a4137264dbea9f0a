package coop.toitcommun.web.security;

import static coop.toitcommun.web.support.WebClient.html;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import coop.toitcommun.governance.Actor;
import coop.toitcommun.governance.Body;
import coop.toitcommun.governance.BodyKind;
import coop.toitcommun.governance.Entities;
import coop.toitcommun.membership.HouseClock;
import coop.toitcommun.governance.LegalForm;
import coop.toitcommun.governance.MandateRole;
import coop.toitcommun.governance.Mandates;
import coop.toitcommun.governance.NewEntity;
import coop.toitcommun.membership.AccountView;
import coop.toitcommun.membership.Accounts;
import coop.toitcommun.membership.Invitation;
import coop.toitcommun.membership.Language;
import coop.toitcommun.membership.Role;
import coop.toitcommun.membership.TwoStep;
import coop.toitcommun.web.support.DemoPeople;
import coop.toitcommun.web.support.Authenticator;
import coop.toitcommun.web.support.TestAddresses;
import coop.toitcommun.web.support.WebClient;
import coop.toitcommun.web.support.WebIntegrationTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Two-step sign-in over HTTP: enrolment, the code after the password, recovery codes, the house's policy. */
@WebIntegrationTest
class TwoStepSignInIT {


    private static final String PASSWORD = "une-phrase-de-passe-solide";

    @LocalServerPort int port;
    @Autowired DemoPeople demo;
    @Autowired Accounts accounts;
    @Autowired TwoStep twoStep;
    @Autowired Entities entities;
    @Autowired Mandates mandates;
    @Autowired HouseClock calendar;

    @Test
    void aPersonEnrolsThenSignsInWithACodeOrARecoveryCode() {
        AccountView account = newAccount(Role.MEMBER);
        WebClient here = signedIn(account);
        WebClient elsewhere = signedIn(account);

        Enrolled enrolled = enrol(here);

        assertThat(enrolled.codes()).hasSize(10);
        assertThat(here.get("/dashboard").statusCode()).as("this session carries on").isEqualTo(200);
        assertThat(elsewhere.get("/dashboard").headers().firstValue("Location")).as("the other one ends").get().asString()
            .contains("/login?ended");

        WebClient visitor = visitor();
        HttpResponse<String> afterPassword = visitor.signIn(account.email(), PASSWORD);
        assertThat(afterPassword.headers().firstValue("Location")).get().asString().endsWith("/login/second-step");
        assertThat(visitor.get("/dashboard").headers().firstValue("Location")).as("not signed in yet").get().asString().endsWith("/login");
        Document wrong = html(visitor.submit("/login/second-step", "/login/second-step", Map.of("code", "000000")));
        assertThat(wrong.select("#code-error").text()).startsWith("Ce code ne convient pas");
        HttpResponse<String> signedIn = visitor.submit("/login/second-step", "/login/second-step", Map.of("code", enrolled.app().code(1)));
        assertThat(signedIn.headers().firstValue("Location")).as("where the visitor was heading").get().asString()
            .endsWith("/dashboard?continue");
        assertThat(visitor.get("/dashboard").statusCode()).isEqualTo(200);

        WebClient withoutPhone = visitor();
        withoutPhone.signIn(account.email(), PASSWORD);
        HttpResponse<String> recovered = withoutPhone.submit("/login/second-step", "/login/second-step", Map.of("code", enrolled.codes().get(0)));
        assertThat(recovered.headers().firstValue("Location")).get().asString().endsWith("/dashboard");
        WebClient again = visitor();
        again.signIn(account.email(), PASSWORD);
        assertThat(html(again.submit("/login/second-step", "/login/second-step", Map.of("code", enrolled.codes().get(0))))
            .select("#code-error").text()).as("a recovery code works once").startsWith("Ce code ne convient pas");
    }

    @Test
    void theSecondStepPageNeedsAPasswordJustAccepted() {
        HttpResponse<String> page = visitor().get("/login/second-step");
        assertThat(page.headers().firstValue("Location")).get().asString().endsWith("/login?expired");
    }

    @Test
    void whenRequiredThoseWhoDecideEnrolRightAfterSigningInAndCannotTurnItOff() {
        AccountView adminAccount = newAccount(Role.ADMIN);
        WebClient admin = signedIn(adminAccount);
        AccountView cofounder = newAccount(Role.COFOUNDER, Role.MEMBER);
        AccountView director = newAccount(Role.MEMBER);
        AccountView member = newAccount(Role.MEMBER);
        LocalDate today = calendar.today();
        Body board = entities.addBody(setup(), entities.create(setup(), new NewEntity("Association " + UUID.randomUUID(), LegalForm.ASSOCIATION,
            null, null, "12-31", null)).id(), BodyKind.BOARD, "Conseil d'administration");
        mandates.appoint(setup(), board.entityId(), board.id(), director.personId(), null, MandateRole.DIRECTOR, today.minusMonths(3), null);
        admin.submit("/admin/accounts", "/admin/accounts/two-step-policy", Map.of("required", "true"));
        try {
            WebClient held = visitor();
            assertThat(held.signIn(cofounder.email(), PASSWORD).headers().firstValue("Location")).get().asString()
                .endsWith("/account/two-step");
            assertThat(held.get("/signatures").headers().firstValue("Location")).as("nothing else until enrolled")
                .get().asString().endsWith("/account/two-step");
            assertThat(html(held.get("/account/two-step")).select(".alert-warning").text()).startsWith("Le Toit Commun demande");
            enrol(held);
            assertThat(held.get("/signatures").statusCode()).isEqualTo(200);
            assertThat(held.get("/account/two-step").body()).doesNotContain("/account/two-step/disable");

            assertThat(visitor().signIn(director.email(), PASSWORD).headers().firstValue("Location")).as("a mandate holder")
                .get().asString().endsWith("/account/two-step");
            assertThat(visitor().signIn(member.email(), PASSWORD).headers().firstValue("Location")).as("a member who decides nothing")
                .get().asString().endsWith("/dashboard");
        } finally {
            twoStep.setRequired(adminAccount.personId(), false);
        }
    }

    @Test
    void anAdminRemovesTheSecondStepOfSomeoneWhoLostTheirPhone() {
        AccountView account = newAccount(Role.MEMBER);
        enrol(signedIn(account));
        WebClient admin = signedIn(newAccount(Role.ADMIN));

        admin.forge("/admin/accounts", "/admin/accounts/" + account.personId() + "/two-step/reset", Map.of());

        assertThat(visitor().signIn(account.email(), PASSWORD).headers().firstValue("Location")).get().asString().endsWith("/dashboard");
    }

    private record Enrolled(Authenticator app, List<String> codes) {
    }

    /** Turns the second step on from the account pages, as a person would with their phone. */
    private static Enrolled enrol(WebClient person) {
        person.submit("/account/two-step", "/account/two-step/start", Map.of());
        Document page = html(person.get("/account/two-step/enrol"));
        String qr = page.select("img.qr-code").attr("src");
        assertThat(qr).startsWith("data:image/svg+xml;base64,");
        assertThat(new String(Base64.getDecoder().decode(qr.substring(qr.indexOf(',') + 1)), StandardCharsets.UTF_8)).startsWith("<svg");
        Authenticator app = new Authenticator(page.select("#secret").text());
        assertThat(html(person.submit("/account/two-step/enrol", "/account/two-step/enrol", Map.of("code", "123456")))
            .select("#code-error").text()).startsWith("Ce code ne convient pas");
        Document codes = html(person.submit("/account/two-step/enrol", "/account/two-step/enrol", Map.of("code", app.code(0))));
        assertThat(codes.select("h1").text()).isEqualTo("Vos codes de secours");
        return new Enrolled(app, codes.select(".recovery-codes code").eachText());
    }

    private AccountView newAccount(Role... roles) {
        return accounts.createActivated(new Invitation("deux-" + UUID.randomUUID() + "@example.org", "Awa Diallo",
            Language.FR, Set.of(roles)), PASSWORD);
    }

    private WebClient signedIn(AccountView account) {
        WebClient client = visitor();
        assertThat(client.signIn(account.email(), PASSWORD).headers().firstValue("Location")).get().asString().endsWith("/dashboard");
        return client;
    }

    private WebClient visitor() {
        return new WebClient(port).header("X-Forwarded-For", TestAddresses.next());
    }

    /** The demo admin sets the test data up: every decision is recorded with the person who took it. */
    private Actor setup() {
        return new Actor(demo.id("admin@demo.toitcommun.coop"), true);
    }
}
