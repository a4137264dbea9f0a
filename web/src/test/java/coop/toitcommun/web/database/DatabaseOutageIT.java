package coop.toitcommun.web.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import coop.toitcommun.membership.Accounts;
import coop.toitcommun.membership.Invitation;
import coop.toitcommun.membership.Language;
import coop.toitcommun.membership.Role;
import coop.toitcommun.testsupport.FirstHouse;
import coop.toitcommun.testsupport.TestDatabase;
import coop.toitcommun.web.support.TcpProxy;
import coop.toitcommun.web.support.TestAddresses;
import coop.toitcommun.web.support.TestMailServer;
import coop.toitcommun.web.support.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The application reaches its database through a relay that the test cuts and restores, with the production
 * pool settings: while the database is unreachable every page says so within 5 seconds (503, in French or
 * English) and health is DOWN; once it is back, pages are served again within 10 seconds, with no restart.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestMailServer.Initializer.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@ExtendWith(FirstHouse.class)
class DatabaseOutageIT {

    private static final Duration ANSWER = Duration.ofSeconds(5);
    private static final Duration RECOVERY = Duration.ofSeconds(10);
    private static final String PASSWORD = "mot-de-passe-bien-solide";

    private static TcpProxy relay;

    @DynamicPropertySource
    static void throughTheRelay(DynamicPropertyRegistry registry) {
        TestDatabase.Connection database = TestDatabase.get();
        URI direct = URI.create(database.url().substring("jdbc:".length()));
        relay = new TcpProxy(direct.getHost(), direct.getPort());
        String relayed = "jdbc:postgresql://127.0.0.1:" + relay.port() + direct.getRawPath()
            + (direct.getRawQuery() == null ? "" : "?" + direct.getRawQuery());
        registry.add("spring.datasource.url", () -> relayed);
        registry.add("spring.datasource.username", database::username);
        registry.add("spring.datasource.password", database::password);
        registry.add("spring.flyway.url", database::url);
        registry.add("spring.flyway.user", database::ownerUsername);
        registry.add("spring.flyway.password", database::ownerPassword);
    }

    @AfterAll
    static void closeRelay() {
        relay.close();
    }

    @LocalServerPort int port;
    @Autowired Accounts accounts;

    private record Timed(HttpResponse<String> response, Duration took) {
    }

    @Test
    void withoutItsDatabaseEveryPageSaysSoWithinFiveSecondsAndServesAgainWithinTenOnceItIsBack() {
        String email = "membre-" + UUID.randomUUID() + "@example.org";
        accounts.createActivated(new Invitation(email, "Membre panne", Language.FR, Set.of(Role.MEMBER)), PASSWORD);
        WebClient member = new WebClient(port).header("X-Forwarded-For", TestAddresses.next());
        assertThat(member.signIn(email, PASSWORD).statusCode()).isEqualTo(302);
        WebClient visitor = new WebClient(port).header("X-Forwarded-For", TestAddresses.next());
        WebClient englishVisitor = new WebClient(port).header("X-Forwarded-For", TestAddresses.next()).header("Accept-Language", "en");
        WebClient signingIn = new WebClient(port).header("X-Forwarded-For", TestAddresses.next());
        String loginToken = WebClient.html(signingIn.get("/login")).select("input[name=_csrf]").val();
        assertThat(visitor.get("/organisations").statusCode()).isEqualTo(200);

        relay.cut();
        try {
            Timed directory = timed(() -> visitor.get("/organisations"));
            assertUnavailable(directory, "Service momentanément indisponible");
            assertThat(directory.response().headers().firstValue("Retry-After")).isPresent();
            assertUnavailable(timed(() -> englishVisitor.get("/organisations")), "Service momentarily unavailable");
            assertUnavailable(timed(() -> member.get("/dashboard")), "Service momentanément indisponible");
            assertUnavailable(timed(() -> member.get("/calendar")), "Service momentanément indisponible");
            assertUnavailable(timed(() -> signingIn.post("/login", Map.of("email", email, "password", PASSWORD, "_csrf", loginToken))),
                "Service momentanément indisponible");
            Timed health = timed(() -> visitor.get("/actuator/health"));
            assertThat(health.took()).isLessThan(ANSWER);
            assertThat(health.response().statusCode()).isEqualTo(503);
            assertThat(health.response().body()).contains("DOWN");
        } finally {
            relay.restore();
        }

        long back = System.nanoTime();
        while (visitor.get("/organisations").statusCode() != 200) {
            assertThat(Duration.ofNanos(System.nanoTime() - back)).as("time to serve pages again").isLessThan(RECOVERY);
        }
        assertThat(Duration.ofNanos(System.nanoTime() - back)).isLessThan(RECOVERY);
        assertThat(member.get("/dashboard").statusCode()).isEqualTo(200);
        assertThat(visitor.get("/actuator/health").body()).contains("UP");
    }

    private static Timed timed(Supplier<HttpResponse<String>> request) {
        long start = System.nanoTime();
        HttpResponse<String> response = request.get();
        return new Timed(response, Duration.ofNanos(System.nanoTime() - start));
    }

    private static void assertUnavailable(Timed answer, String title) {
        assertThat(answer.took()).as("time to answer").isLessThan(ANSWER);
        assertThat(answer.response().statusCode()).isEqualTo(503);
        assertThat(WebClient.html(answer.response()).select("h1").text()).isEqualTo(title);
    }
}
