package coop.toitcommun.web.smoke;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import coop.toitcommun.web.support.Crawler.Page;
import coop.toitcommun.web.support.Crawler;
import coop.toitcommun.web.support.TestAddresses;
import coop.toitcommun.web.support.WebClient;
import coop.toitcommun.web.support.WebIntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Follows every link a person can see from the home page and the dashboard, two clicks deep, in French and in
 * English: no link may lead to an error (a page refused, missing or failing), and no page may show a message key
 * that has no text, or a stack trace.
 */
@WebIntegrationTest
class EveryPageIT {

    private static final int DEPTH = 2;
    private static final String PASSWORD = "demo-toit-commun";

    @LocalServerPort int port;

    @ParameterizedTest
    @ValueSource(strings = {"", "membre@demo.toitcommun.coop", "cofondatrice@demo.toitcommun.coop",
        "salariee@demo.toitcommun.coop", "admin@demo.toitcommun.coop"})
    void everyReachablePageRendersInBothLanguages(String account) {
        for (String language : List.of("fr", "en")) {
            WebClient visitor = new WebClient(port).header("X-Forwarded-For", TestAddresses.next())
                .header("Accept-Language", language);
            List<String> start = new ArrayList<>(List.of("/"));
            if (!account.isEmpty()) {
                assertThat(visitor.signIn(account, PASSWORD).statusCode()).isEqualTo(302);
                start.add("/dashboard");
            }
            visitor.get("/?lang=" + language);
            List<String> problems = crawl(visitor, start);
            assertThat(problems).as("pages of " + (account.isEmpty() ? "a visitor" : account) + " in " + language).isEmpty();
        }
    }

    private List<String> crawl(WebClient visitor, List<String> start) {
        List<String> problems = new ArrayList<>();
        for (Page page : Crawler.crawl(visitor, start, DEPTH, href -> true)) {
            int status = page.status();
            String from = page.linkedFrom() == null ? "" : " (linked from " + page.linkedFrom() + ")";
            if (status >= 400 && page.linkedFrom() != null) {
                problems.add(status + " " + page.path() + from);
            } else if (status >= 500 || page.body().contains("??") || page.body().contains("Exception")) {
                problems.add(status + " " + page.path() + from + (page.body().contains("??") ? " (message key without text)" : ""));
            }
        }
        return problems;
    }
}
