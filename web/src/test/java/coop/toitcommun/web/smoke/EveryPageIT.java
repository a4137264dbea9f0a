package coop.toitcommun.web.smoke;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.HttpCookie;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

import coop.toitcommun.web.support.Crawler;
import coop.toitcommun.web.support.PageAuditors;
import coop.toitcommun.web.support.TestAddresses;
import coop.toitcommun.web.support.WebClient;
import coop.toitcommun.web.support.WebIntegrationTest;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Follows every link a person can see from the home page and the dashboard, two clicks deep, in French and in
 * English, for a visitor and every demo account: no link may lead to an error (a page refused, missing or failing),
 * and no page may show a message key that has no text, or a stack trace. Every page that opens is then shown in
 * Chromium as this person received it, and checked with axe-core for WCAG 2.1 A and AA, and for content wider than
 * the window, at desktop width and at a phone's 390 px (colour contrast on the French pages: see
 * {@link coop.toitcommun.web.support.PageAudit}). A failure names the page, the account, the language, the width, the
 * rule and the elements.
 */
@WebIntegrationTest
class EveryPageIT {

    private static final int DEPTH = 2;
    private static final String PASSWORD = "demo-toit-commun";
    /** Browsers auditing at once, while the crawler goes on: two, for the two cores of the machines this runs on. */
    private static final int AUDITING_BROWSERS = 2;

    @RegisterExtension
    static PageAuditors auditors = new PageAuditors(AUDITING_BROWSERS);

    @LocalServerPort int port;

    @ParameterizedTest
    @ValueSource(strings = {"", "membre@demo.toitcommun.coop", "benevole@demo.toitcommun.coop", "cofondatrice@demo.toitcommun.coop",
        "cofondateur@demo.toitcommun.coop", "salariee@demo.toitcommun.coop", "admin@demo.toitcommun.coop"})
    void everyReachablePageRendersInBothLanguagesAndPassesWcagAtDesktopAndPhoneWidths(String account) throws InterruptedException {
        String who = account.isEmpty() ? "a visitor" : account;
        List<String> errors = new ArrayList<>();
        List<Future<List<String>>> audits = new ArrayList<>();
        try {
            for (String language : List.of("fr", "en")) {
                WebClient visitor = new WebClient(port).header("X-Forwarded-For", TestAddresses.next())
                    .header("Accept-Language", language);
                List<String> start = new ArrayList<>(List.of("/"));
                if (!account.isEmpty()) {
                    assertThat(visitor.signIn(account, PASSWORD).statusCode()).isEqualTo(302);
                    start.add("/dashboard");
                }
                visitor.get("/?lang=" + language);
                List<HttpCookie> session = visitor.cookies();
                String reader = (account.isEmpty() ? "visitor" : account) + " (" + language + ")";
                List<Crawler.Page> pages = Crawler.crawl(visitor, start, DEPTH, href -> true, page -> {
                    if (page.readable()) {
                        audits.add(auditors.audit("http://localhost:" + port, session, page.path(), reader, language.equals("fr")));
                    }
                });
                errors.addAll(errors(pages, language));
            }
            assertThat(errors).as("pages of " + who).isEmpty();
            List<String> problems = new ArrayList<>();
            for (Future<List<String>> audit : audits) {
                problems.addAll(audit.get());
            }
            assertThat(problems).as("WCAG 2.1 A/AA and width of the " + audits.size() + " pages of " + who
                + " (page · account (language) · width · rule: elements)").isEmpty();
        } catch (ExecutionException e) {
            throw new AssertionError(e.getCause());
        } finally {
            audits.forEach(audit -> audit.cancel(false));
        }
    }

    private static List<String> errors(List<Crawler.Page> pages, String language) {
        List<String> problems = new ArrayList<>();
        for (Crawler.Page page : pages) {
            int status = page.status();
            String from = page.linkedFrom() == null ? "" : " (linked from " + page.linkedFrom() + ")";
            if (status >= 400 && page.linkedFrom() != null) {
                problems.add(status + " " + page.path() + from + " in " + language);
            } else if (status >= 500 || page.body().contains("??") || page.body().contains("Exception")) {
                problems.add(status + " " + page.path() + from + " in " + language
                    + (page.body().contains("??") ? " (message key without text)" : ""));
            }
        }
        return problems;
    }
}
