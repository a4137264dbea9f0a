package coop.toitcommun.web.account;

import static coop.toitcommun.web.support.WebClient.html;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import coop.toitcommun.membership.AccountView;
import coop.toitcommun.membership.Accounts;
import coop.toitcommun.membership.Invitation;
import coop.toitcommun.membership.Language;
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

@WebIntegrationTest
class AccountFlowsIT {

    private static final String PASSWORD = "une-phrase-de-passe-solide";
    private static final Pattern LINK = Pattern.compile("http://localhost:8080(/\\S+)");

    @LocalServerPort int port;
    @Autowired Accounts accounts;

    @Test
    void anInvitedPersonChoosesAPasswordAndSignsIn() throws Exception {
        WebClient admin = signedIn(newAccount(Role.ADMIN));
        String email = unique("invitee");

        HttpResponse<String> invited = admin.submit("/admin/accounts", "/admin/accounts/invite",
            Map.of("displayName", "Fatima Zerrouki", "email", email, "language", "EN", "roles", "MEMBER"));

        assertThat(invited.statusCode()).isEqualTo(302);
        assertThat(html(admin.follow(invited)).select(".alert-success").text()).isEqualTo("Invitation envoyée à " + email + ".");
        Message mail = TestMailServer.messagesTo(email, 1).get(0);
        assertThat(mail.getSubject()).isEqualTo("Your invitation to Le Toit Commun");
        String body = TestMailServer.body(mail);
        assertThat(body).startsWith("Hello Fatima Zerrouki,");
        String link = linkIn(body);
        assertThat(link).startsWith("/invitations/");

        WebClient invitee = visitor();
        Document form = html(invitee.get(link));
        assertThat(form.select("h1").text()).isEqualTo("Bienvenue au Toit Commun");

        HttpResponse<String> mismatch = invitee.submit(link, link, Map.of("password", PASSWORD, "confirmation", PASSWORD + "x"));
        assertThat(mismatch.statusCode()).isEqualTo(200);
        assertThat(html(mismatch).select("#confirmation + .invalid-feedback").text()).isEqualTo("Les deux mots de passe ne sont pas identiques.");

        HttpResponse<String> common = invitee.submit(link, link, Map.of("password", "qwerty123456", "confirmation", "qwerty123456"));
        assertThat(html(common).select(".invalid-feedback").text()).contains("Ce mot de passe fait partie des plus courants");

        HttpResponse<String> accepted = invitee.submit(link, link, Map.of("password", PASSWORD, "confirmation", PASSWORD));
        assertThat(accepted.headers().firstValue("Location")).get().asString().endsWith("/login");
        Document login = html(invitee.follow(accepted));
        assertThat(login.select(".alert-success").text()).isEqualTo("Votre mot de passe est enregistré. Vous pouvez vous connecter.");
        assertThat(login.select("input[name=email]").val()).isEqualTo(email);

        assertThat(invitee.signIn(email, PASSWORD).headers().firstValue("Location")).get().asString().endsWith("/dashboard");
        assertThat(html(invitee.get("/dashboard")).select("h1").text()).as("the account's language").isEqualTo("Hello Fatima Zerrouki");
        assertThat(html(visitor().get(link)).select("h1").text()).as("the link is used").isEqualTo("Ce lien ne fonctionne plus");
    }

    @Test
    void aWrongInvitationKeepsWhatWasTyped() {
        AccountView existing = newAccount(Role.MEMBER);
        WebClient admin = signedIn(newAccount(Role.ADMIN));

        Document taken = html(admin.submit("/admin/accounts", "/admin/accounts/invite",
            Map.of("displayName", "Marc Dupuis", "email", existing.email().toUpperCase(), "language", "FR", "roles", "VOLUNTEER")));
        assertThat(taken.select("#email + .invalid-feedback").text()).isEqualTo("Cette adresse e-mail a déjà un compte.");
        assertThat(taken.select("#displayName").val()).isEqualTo("Marc Dupuis");
        assertThat(taken.select("input[name=roles][value=VOLUNTEER]").hasAttr("checked")).isTrue();

        Document invalid = html(admin.submit("/admin/accounts", "/admin/accounts/invite",
            Map.of("displayName", " ", "email", "pas-une-adresse", "language", "FR")));
        assertThat(invalid.select("#displayName + .invalid-feedback").text()).isEqualTo("Ce champ est obligatoire.");
        assertThat(invalid.select("#email + .invalid-feedback").text()).isEqualTo("Cette adresse e-mail n’est pas valide.");
        assertThat(invalid.select("#email").val()).isEqualTo("pas-une-adresse");
    }

    @Test
    void aPasswordResetAnswersTheSameForAnyAddressAndWorksOnce() throws Exception {
        AccountView account = newAccount(Role.MEMBER);
        String unknown = unique("inconnu");

        Document forUnknown = html(visitorFrom().submit("/password-reset", "/password-reset", Map.of("email", unknown)));
        Document forKnown = html(visitorFrom().submit("/password-reset", "/password-reset", Map.of("email", account.email())));

        assertThat(forKnown.select("main").text().replace(account.email(), "…"))
            .isEqualTo(forUnknown.select("main").text().replace(unknown, "…"));
        assertThat(TestMailServer.messagesTo(unknown, 0)).isEmpty();
        List<Message> mails = TestMailServer.messagesTo(account.email(), 1);
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).getSubject()).isEqualTo("Votre nouveau mot de passe pour Le Toit Commun");
        String link = linkIn(TestMailServer.body(mails.get(0)));

        WebClient person = visitor();
        HttpResponse<String> reset = person.submit(link, link, Map.of("password", "un-tout-nouveau-secret", "confirmation", "un-tout-nouveau-secret"));
        assertThat(html(person.follow(reset)).select(".alert-success").text()).startsWith("Votre nouveau mot de passe est enregistré.");
        assertThat(person.signIn(account.email(), "un-tout-nouveau-secret").headers().firstValue("Location")).get().asString().endsWith("/dashboard");
        assertThat(html(visitor().get(link)).select("h1").text()).isEqualTo("Ce lien ne fonctionne plus");
    }

    @Test
    void aPersonChangesTheirPasswordAndLanguage() {
        AccountView account = newAccount(Role.MEMBER);
        WebClient person = signedIn(account);

        Document wrong = html(person.submit("/account", "/account/password",
            Map.of("currentPassword", "pas-le-bon-mot-de-passe", "newPassword", "encore-une-phrase-solide", "confirmation", "encore-une-phrase-solide")));
        assertThat(wrong.select("#currentPassword + .invalid-feedback").text()).isEqualTo("Ce n’est pas votre mot de passe actuel.");

        HttpResponse<String> changed = person.submit("/account", "/account/password",
            Map.of("currentPassword", PASSWORD, "newPassword", "encore-une-phrase-solide", "confirmation", "encore-une-phrase-solide"));
        assertThat(html(person.follow(changed)).select(".alert-success").text()).isEqualTo("Votre mot de passe est changé.");

        person.submit("/account", "/account/language", Map.of("language", "en"));
        assertThat(accounts.find(account.personId()).orElseThrow().language()).isEqualTo(Language.EN);

        WebClient later = visitorFrom();
        later.signIn(account.email(), "encore-une-phrase-solide");
        assertThat(html(later.get("/dashboard")).select("html").attr("lang")).as("remembered at the next sign-in").isEqualTo("en");
    }

    @Test
    void theHeaderLanguageSwitchIsRememberedForSignedInPeople() {
        AccountView account = newAccount(Role.MEMBER);
        WebClient person = signedIn(account);

        HttpResponse<String> switched = person.submit("/dashboard", "/language", Map.of("lang", "en", "back", "/dashboard?lang=fr"));

        assertThat(switched.headers().firstValue("Location")).get().asString().endsWith("/dashboard");
        assertThat(html(person.follow(switched)).select("h1").text()).isEqualTo("Hello Camille Testeuse");
        assertThat(accounts.find(account.personId()).orElseThrow().language()).isEqualTo(Language.EN);
        assertThat(visitor().get("/language?lang=en&back=https://elsewhere.example/")
            .headers().firstValue("Location")).get().asString().doesNotContain("elsewhere");
    }

    @Test
    void anAdminDisablesAnAccountWhichThenCannotSignIn() {
        AccountView member = newAccount(Role.MEMBER);
        AccountView adminAccount = newAccount(Role.ADMIN);
        WebClient admin = signedIn(adminAccount);

        // the accounts list is paginated: the forms of accounts created by other tests may be on another page
        admin.forge("/admin/accounts", "/admin/accounts/" + member.personId() + "/disable", Map.of());
        WebClient visitor = visitorFrom();
        assertThat(html(visitor.follow(visitor.signIn(member.email(), PASSWORD))).select(".alert-danger").text())
            .startsWith("Ce compte est désactivé.");

        HttpResponse<String> self = admin.forge("/admin/accounts", "/admin/accounts/" + adminAccount.personId() + "/disable", Map.of());
        assertThat(html(admin.follow(self)).select(".alert-danger").text()).isEqualTo("Vous ne pouvez pas désactiver votre propre compte.");
    }

    private static String linkIn(String body) {
        Matcher matcher = LINK.matcher(body);
        assertThat(matcher.find()).as("a link in: " + body).isTrue();
        return matcher.group(1);
    }

    private AccountView newAccount(Role role) {
        return accounts.createActivated(new Invitation(unique("compte"), "Camille Testeuse", Language.FR, Set.of(role)), PASSWORD);
    }

    private WebClient signedIn(AccountView account) {
        WebClient client = visitorFrom();
        assertThat(client.signIn(account.email(), PASSWORD).headers().firstValue("Location")).get().asString().endsWith("/dashboard");
        return client;
    }

    private WebClient visitor() {
        return new WebClient(port);
    }

    private WebClient visitorFrom() {
        return visitor().header("X-Forwarded-For", TestAddresses.next());
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID() + "@example.org";
    }
}
