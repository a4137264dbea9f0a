package coop.toitcommun.web.security;

import static coop.toitcommun.web.support.WebClient.html;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
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
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Sessions follow rights: what an admin or the person changes ends the other sessions on their next request. The
 * admin's forms are posted with the page's token but without looking for them on the paginated accounts list.
 */
@WebIntegrationTest
class SessionRightsIT {

    private static final String PASSWORD = "une-phrase-de-passe-solide";

    @LocalServerPort int port;
    @Autowired Accounts accounts;

    @Test
    void disablingAnAccountEndsItsOpenSessionAtTheNextRequest() {
        AccountView member = newAccount(Role.MEMBER);
        WebClient session = signedIn(member);
        WebClient admin = signedIn(newAccount(Role.ADMIN));
        assertThat(session.get("/dashboard").statusCode()).isEqualTo(200);

        admin.forge("/admin/accounts", "/admin/accounts/" + member.personId() + "/disable", Map.of());

        assertEnded(session);
        assertThat(session.get("/dashboard").headers().firstValue("Location")).as("signed out for good").get().asString().endsWith("/login");
    }

    @Test
    void removingARoleEndsTheSessionsThatHadIt() {
        AccountView employee = newAccount(Role.EMPLOYEE);
        WebClient session = signedIn(employee);
        WebClient admin = signedIn(newAccount(Role.ADMIN));
        assertThat(session.get("/venue/approvals").statusCode()).isEqualTo(200);

        admin.forge("/admin/accounts", "/admin/accounts/" + employee.personId() + "/roles", Map.of("roles", "MEMBER"));

        assertEnded(session);
        WebClient again = signedIn(employee);
        assertThat(again.get("/venue/approvals").statusCode()).as("signed in again, with the rights of now").isEqualTo(403);
    }

    @Test
    void changingOnesPasswordEndsTheOtherSessionsButNotThisOne() {
        AccountView member = newAccount(Role.MEMBER);
        WebClient here = signedIn(member);
        WebClient elsewhere = signedIn(member);

        HttpResponse<String> changed = here.submit("/account", "/account/password", Map.of("currentPassword", PASSWORD,
            "newPassword", "encore-une-phrase-solide", "confirmation", "encore-une-phrase-solide"));
        assertThat(html(here.follow(changed)).select(".alert-success").text()).isEqualTo("Votre mot de passe est changé.");

        assertThat(here.get("/dashboard").statusCode()).isEqualTo(200);
        assertEnded(elsewhere);
    }

    @Test
    void anAdminChangingTheirOwnRolesStaysSignedInWithTheNewOnes() {
        AccountView adminAccount = newAccount(Role.ADMIN, Role.COFOUNDER);
        WebClient admin = signedIn(adminAccount);
        assertThat(admin.get("/signatures").statusCode()).isEqualTo(200);

        admin.forge("/admin/accounts", "/admin/accounts/" + adminAccount.personId() + "/roles", Map.of("roles", "ADMIN"));

        assertThat(admin.get("/admin/accounts").statusCode()).isEqualTo(200);
        assertThat(admin.get("/signatures").statusCode()).as("without the role just removed").isEqualTo(403);
    }

    /** The next request meets the sign-in page, saying why, in the session's language. */
    private static void assertEnded(WebClient session) {
        HttpResponse<String> next = session.get("/dashboard");
        assertThat(next.statusCode()).isEqualTo(302);
        assertThat(next.headers().firstValue("Location")).get().asString().endsWith("/login?ended");
        var page = html(session.follow(next));
        assertThat(page.select("h1").text()).isEqualTo("Se connecter");
        assertThat(page.select(".alert-info").text()).startsWith("Votre session a pris fin parce que votre compte a changé");
    }

    private AccountView newAccount(Role... roles) {
        return accounts.createActivated(new Invitation("compte-" + UUID.randomUUID() + "@example.org", "Camille Testeuse",
            Language.FR, Set.of(roles)), PASSWORD);
    }

    private WebClient signedIn(AccountView account) {
        WebClient client = new WebClient(port).header("X-Forwarded-For", TestAddresses.next());
        assertThat(client.signIn(account.email(), PASSWORD).headers().firstValue("Location")).get().asString().endsWith("/dashboard");
        return client;
    }
}
