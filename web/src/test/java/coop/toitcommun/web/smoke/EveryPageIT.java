package coop.toitcommun.web.smoke;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import coop.toitcommun.web.support.TestAddresses;
import coop.toitcommun.web.support.WebClient;
import coop.toitcommun.web.support.WebIntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Follows every link a person can reach from the home page and the dashboard, two clicks deep, in French and
 * in English: no page may fail, show a message key that has no text, or show a stack trace.
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
        Set<String> seen = new LinkedHashSet<>(start);
        Deque<String[]> queue = new ArrayDeque<>();
        start.forEach(path -> queue.add(new String[] {path, "0"}));
        List<String> problems = new ArrayList<>();
        while (!queue.isEmpty()) {
            String[] next = queue.poll();
            String path = next[0];
            int depth = Integer.parseInt(next[1]);
            HttpResponse<String> page = visitor.get(path);
            int status = page.statusCode();
            if (status >= 500 || page.body().contains("??") || page.body().contains("Exception")) {
                problems.add(status + " " + path + (page.body().contains("??") ? " (message key without text)" : ""));
            }
            if (depth >= DEPTH || status != 200 || !page.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
                continue;
            }
            Document html = Jsoup.parse(page.body());
            for (Element link : html.select("a[href]")) {
                String href = link.attr("href");
                if (isPage(href) && seen.add(href)) {
                    queue.add(new String[] {href, Integer.toString(depth + 1)});
                }
            }
        }
        return problems;
    }

    /** Pages of the site; files (PDF, CSV, iCal), feeds and sign-out are not pages to crawl. */
    private static boolean isPage(String href) {
        return href.startsWith("/") && !href.startsWith("//") && !href.startsWith("/assets") && !href.startsWith("/webjars")
            && !href.startsWith("/feeds/") && !href.contains("#") && !href.matches(".*\\.(pdf|csv|ics|json)(\\?.*)?$")
            && !href.contains("/documents/");
    }
}
