package coop.toitcommun.web.security;

import static coop.toitcommun.web.support.WebClient.html;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
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
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/** The sessions stored in PostgreSQL: what a request writes, and two requests of one session at once. */
@WebIntegrationTest
class SessionStoreIT {

    private static final String PASSWORD = "une-phrase-de-passe-solide";

    @LocalServerPort int port;
    @Autowired Accounts accounts;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationContext context;

    @Test
    void pagesReadWithinAMinuteLeaveTheStoredSessionAsItWasAndTheNextMinuteMovesItsAccessTime() {
        WebClient person = signedIn();
        String id = sessionId(person);
        assertThat(person.get("/dashboard").statusCode()).isEqualTo(200);
        long stored = lastAccess(id);

        assertThat(person.get("/bookings").statusCode()).isEqualTo(200);
        assertThat(person.get("/dashboard").statusCode()).isEqualTo(200);
        assertThat(lastAccess(id)).as("access time stored, pages read within the minute").isEqualTo(stored);

        long twoMinutes = Duration.ofMinutes(2).toMillis();
        jdbc.sql("UPDATE web.http_session SET last_access_time = last_access_time - :ms, expiry_time = expiry_time - :ms "
            + "WHERE session_id = :id").param("ms", twoMinutes).param("id", id).update();
        long before = System.currentTimeMillis();
        assertThat(person.get("/dashboard").statusCode()).isEqualTo(200);
        assertThat(lastAccess(id)).as("access time stored once the minute went by").isGreaterThanOrEqualTo(before);
        assertThat(jdbc.sql("SELECT expiry_time - last_access_time FROM web.http_session WHERE session_id = :id")
            .param("id", id).query(Long.class).single()).isEqualTo(Duration.ofMinutes(30).toMillis());
    }

    @Test
    void aFlashMessageSetWithinTheMinuteIsStoredAndShownOnce() {
        WebClient person = signedIn();
        person.get("/account");

        var changed = person.submit("/account", "/account/language", Map.of("language", "fr"));

        assertThat(html(person.follow(changed)).select(".alert-success").text()).isNotEmpty();
        assertThat(html(person.get("/account")).select(".alert-success")).as("shown once").isEmpty();
    }

    @Test
    void aSessionKeepsTheMessagesOfItsLastFormsOnlyAndTheLastOneIsShown() {
        WebClient person = signedIn();
        String token = WebClient.csrfToken(html(person.get("/account")));
        HttpResponse<String> last = null;
        for (int form = 0; form < RecentFlashMessages.KEPT + 5; form++) {
            last = person.post("/account/language", Map.of("language", "fr", "_csrf", token));
            assertThat(last.statusCode()).isEqualTo(302);
        }

        @SuppressWarnings("unchecked")
        SessionRepository<Session> sessions = context.getBean("sessionRepository", SessionRepository.class);
        List<?> kept = sessions.findById(sessionId(person)).getAttribute(SessionFlashMapManager.class.getName() + ".FLASH_MAPS");
        assertThat(kept).as("messages waiting for their page").hasSize(RecentFlashMessages.KEPT);
        assertThat(html(person.follow(last)).select(".alert-success").text()).isNotEmpty();
    }

    @Test
    void twoRequestsOfOneSessionMayBothAddTheSameAttribute() {
        @SuppressWarnings("unchecked")
        SessionRepository<Session> sessions = context.getBean("sessionRepository", SessionRepository.class);
        Session created = sessions.createSession();
        sessions.save(created);
        Session oneTab = sessions.findById(created.getId());
        Session otherTab = sessions.findById(created.getId());

        oneTab.setAttribute("message", "du premier onglet");
        otherTab.setAttribute("message", "du second onglet");
        sessions.save(oneTab);
        sessions.save(otherTab);

        assertThat(sessions.findById(created.getId()).<String>getAttribute("message")).isEqualTo("du second onglet");
        sessions.deleteById(created.getId());
    }

    private long lastAccess(String id) {
        return jdbc.sql("SELECT last_access_time FROM web.http_session WHERE session_id = :id").param("id", id)
            .query(Long.class).single();
    }

    private static String sessionId(WebClient client) {
        String cookie = client.cookies().stream().filter(c -> c.getName().equals("SESSION")).findFirst().orElseThrow().getValue();
        return new String(Base64.getDecoder().decode(cookie), StandardCharsets.US_ASCII);
    }

    private WebClient signedIn() {
        AccountView account = accounts.createActivated(new Invitation("session-" + UUID.randomUUID() + "@example.org",
            "Camille Testeuse", Language.FR, Set.of(Role.MEMBER)), PASSWORD);
        WebClient client = new WebClient(port).header("X-Forwarded-For", TestAddresses.next());
        assertThat(client.signIn(account.email(), PASSWORD).headers().firstValue("Location")).get().asString().endsWith("/dashboard");
        return client;
    }
}
