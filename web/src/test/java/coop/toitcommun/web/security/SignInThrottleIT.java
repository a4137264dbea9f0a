package coop.toitcommun.web.security;

import static coop.toitcommun.web.support.WebClient.html;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import coop.toitcommun.membership.AccountView;
import coop.toitcommun.membership.Accounts;
import coop.toitcommun.membership.Invitation;
import coop.toitcommun.membership.Language;
import coop.toitcommun.membership.Role;
import coop.toitcommun.testsupport.DatabaseLocks;
import coop.toitcommun.testsupport.FirstHouse;
import coop.toitcommun.web.support.TestAddresses;
import coop.toitcommun.web.support.TestMailServer;
import coop.toitcommun.web.support.WebClient;
import coop.toitcommun.web.support.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;

/** Throttling of sign-in and of password reset requests, over HTTP, as an attacker would meet it. */
@WebIntegrationTest
class SignInThrottleIT {

    private static final String PASSWORD = "une-phrase-de-passe-solide";
    private static final Pattern LINK = Pattern.compile("http://localhost:8080(/\\S+)");

    @LocalServerPort int port;
    @Autowired Accounts accounts;
    @Autowired DataSource dataSource;
    @Autowired Environment environment;

    /**
     * Thirty wrong passwords for one account from one address, sent at once. The account's throttle row is held
     * locked until every connection of the application's pool waits on it, so that the tries truly race; the
     * throttle then lets exactly five be checked and answers the others "try again in …" without checking them.
     */
    @Test
    void thirtyParallelWrongPasswordsAreCheckedOnlyFiveTimes() throws Exception {
        AccountView account = newAccount(Role.MEMBER);
        String address = TestAddresses.next();
        WebClient warmUp = visitorFrom(address);
        assertThat(warmUp.signIn(account.email(), PASSWORD).headers().firstValue("Location")).get().asString().endsWith("/dashboard");

        List<PreparedSignIn> tries = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            tries.add(PreparedSignIn.of(port, address, account.email(), "mauvais-mot-de-passe-" + i));
        }
        int pool = dataSource.unwrap(HikariDataSource.class).getMaximumPoolSize();
        List<String> outcomes = new ArrayList<>();
        ExecutorService threads = Executors.newFixedThreadPool(30);
        try (Connection holder = ownConnection()) {
            holder.setAutoCommit(false);
            try (PreparedStatement lock = holder.prepareStatement(
                "SELECT 1 FROM membership.attempt_account WHERE kind = 'SIGN_IN' AND login = ? FOR UPDATE")) {
                lock.setString(1, account.email());
                try (ResultSet row = lock.executeQuery()) {
                    assertThat(row.next()).as("the account's row exists after the first sign-in").isTrue();
                }
            }
            List<CompletableFuture<HttpResponse<String>>> answers = tries.stream().map(attempt -> attempt.send(threads)).toList();
            DatabaseLocks.awaitWaitingSessions(holder, Math.min(30, pool));
            holder.commit();
            for (CompletableFuture<HttpResponse<String>> answer : answers) {
                outcomes.add(answer.get(120, TimeUnit.SECONDS).headers().firstValue("Location").orElse("none"));
            }
        } finally {
            threads.shutdownNow();
        }

        assertThat(outcomes).filteredOn(location -> location.endsWith("/login?error=credentials")).hasSize(5);
        assertThat(outcomes).filteredOn(location -> location.endsWith("/login?error=throttled")).hasSize(25);
    }

    @Test
    void beyondTheCeilingTheOwnerIsEmailedAnUnlockLinkAndMayStillSignInFromElsewhere() {
        AccountView account = newAccount(Role.MEMBER);
        String unknown = "personne-" + UUID.randomUUID() + "@example.org";
        List<WebClient> attackers = new ArrayList<>();
        List<WebClient> unknownAttackers = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            attackers.add(visitorFrom(TestAddresses.next()));
            attackers.get(i).signIn(account.email(), "mauvais-mot-de-passe");
            unknownAttackers.add(visitorFrom(TestAddresses.next()));
            unknownAttackers.get(i).signIn(unknown, "mauvais-mot-de-passe");
        }

        HttpResponse<String> refused = attackers.get(0).signIn(account.email(), PASSWORD);
        assertThat(refused.headers().firstValue("Location")).get().asString().endsWith("/login?error=ceiling");
        String message = html(attackers.get(0).follow(refused)).select(".alert-danger").text();
        assertThat(message).startsWith("Trop de tentatives échouées sur ce compte");
        HttpResponse<String> unknownRefused = unknownAttackers.get(0).signIn(unknown, "mauvais-mot-de-passe");
        assertThat(html(unknownAttackers.get(0).follow(unknownRefused)).select(".alert-danger").text())
            .as("the same answer for an address without account").isEqualTo(message);
        assertThat(visitorFrom(TestAddresses.next()).signIn(account.email(), PASSWORD).headers().firstValue("Location"))
            .as("the owner from an address that has not failed").get().asString().endsWith("/dashboard");

        String body = TestMailServer.body(TestMailServer.withSubject(account.email(), "Connexion à votre compte du Toit Commun suspendue"));
        String link = linkIn(body);
        WebClient owner = attackers.get(0);
        assertThat(html(owner.get(link)).select("h1").text()).isEqualTo("Débloquer la connexion");
        HttpResponse<String> unlocked = owner.submit(link, link, Map.of());
        assertThat(html(owner.follow(unlocked)).select(".alert-success").text()).startsWith("La connexion à votre compte est débloquée.");
        assertThat(owner.signIn(account.email(), PASSWORD).headers().firstValue("Location")).get().asString().endsWith("/dashboard");
        assertThat(html(visitor().get(link)).select("h1").text()).as("the link works once").isEqualTo("Ce lien ne fonctionne plus");
        assertThat(TestMailServer.messagesTo(unknown, 0)).isEmpty();
    }

    @Test
    void passwordResetRequestsAreLimitedPerAccountAndPerAddress() {
        AccountView account = newAccount(Role.MEMBER);
        for (int i = 0; i < 3; i++) {
            assertThat(requestReset(visitorFrom(TestAddresses.next()), account.email()).select("h1").text()).isEqualTo("Regardez votre messagerie");
        }
        var fourth = requestReset(visitorFrom(TestAddresses.next()), account.email());
        assertThat(fourth.select(".alert-danger").text()).matches("Trop de demandes de lien pour cette adresse ou depuis votre connexion\\. Réessayez dans (une heure|\\d+ minutes)\\.");
        assertThat(fourth.select("#email").val()).isEqualTo(account.email());
        assertThat(TestMailServer.messagesTo(account.email(), 3)).hasSize(3);

        WebClient flooder = visitorFrom(TestAddresses.next());
        for (int i = 0; i < 10; i++) {
            assertThat(requestReset(flooder, "inconnu-" + UUID.randomUUID() + "@example.org").select(".alert-danger")).isEmpty();
        }
        assertThat(requestReset(flooder, "inconnu-" + UUID.randomUUID() + "@example.org").select(".alert-danger").text())
            .startsWith("Trop de demandes de lien");
    }

    /**
     * The account is looked up and the link emailed on another thread: with the people table locked, the answer for
     * a known address still comes at once, while the lookup waits on the lock; the email follows once it is released.
     */
    @Test
    void aPasswordResetIsAnsweredWithoutLookingTheAccountUp() throws Exception {
        AccountView account = newAccount(Role.MEMBER);
        WebClient visitor = visitorFrom(TestAddresses.next());
        String token = html(visitor.get("/password-reset")).select("form[action=/password-reset] input[name=_csrf]").val();
        try (Connection holder = ownConnection()) {
            holder.setAutoCommit(false);
            holder.createStatement().execute("LOCK TABLE membership.person IN ACCESS EXCLUSIVE MODE");

            CompletableFuture<HttpResponse<String>> answer = CompletableFuture.supplyAsync(
                () -> visitor.post("/password-reset", Map.of("email", account.email(), "_csrf", token)));
            HttpResponse<String> sent = answer.get(60, TimeUnit.SECONDS);
            assertThat(html(sent).select("h1").text()).isEqualTo("Regardez votre messagerie");
            DatabaseLocks.awaitWaitingSessions(holder, 1);
            assertThat(TestMailServer.messagesTo(account.email(), 0)).isEmpty();
            holder.commit();
        }
        assertThat(TestMailServer.messagesTo(account.email(), 1)).hasSize(1);
    }

    private org.jsoup.nodes.Document requestReset(WebClient client, String email) {
        return html(client.submit("/password-reset", "/password-reset", Map.of("email", email)));
    }

    /** A connection of the test's own, outside the application's pool. */
    private Connection ownConnection() throws Exception {
        return FirstHouse.connect(environment.getRequiredProperty("spring.datasource.url"),
            environment.getProperty("spring.datasource.username"), environment.getProperty("spring.datasource.password"));
    }

    private static String linkIn(String body) {
        Matcher matcher = LINK.matcher(body);
        assertThat(matcher.find()).as("a link in: " + body).isTrue();
        return matcher.group(1);
    }

    private AccountView newAccount(Role role) {
        return accounts.createActivated(new Invitation("compte-" + UUID.randomUUID() + "@example.org", "Camille Testeuse",
            Language.FR, Set.of(role)), PASSWORD);
    }

    private WebClient visitor() {
        return new WebClient(port);
    }

    private WebClient visitorFrom(String address) {
        return visitor().header("X-Forwarded-For", address);
    }

    /** A sign-in form opened in its own session, ready to be posted later. */
    private record PreparedSignIn(WebClient visitor, Map<String, String> form) {

        static PreparedSignIn of(int port, String address, String email, String password) {
            WebClient visitor = new WebClient(port).header("X-Forwarded-For", address);
            String token = html(visitor.get("/login")).select("form[action=/login] input[name=_csrf]").val();
            return new PreparedSignIn(visitor, Map.of("email", email, "password", password, "_csrf", token));
        }

        CompletableFuture<HttpResponse<String>> send(ExecutorService threads) {
            return CompletableFuture.supplyAsync(() -> visitor.post("/login", form), threads);
        }
    }
}
