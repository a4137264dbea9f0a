package coop.toitcommun.web.smoke;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import coop.toitcommun.web.support.BrowserExtension;
import coop.toitcommun.web.support.Crawler;
import coop.toitcommun.web.support.PageAudit;
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
 * and no page may show a message key that has no text, or a stack trace. Then each kind of page found is opened once
 * in Chromium, in French, and checked with axe-core for WCAG 2.1 A and AA, and for content wider than the window, at
 * desktop width and at a phone's 390 px (see {@link PageAudit}). A failure names the page, the account, the width, the
 * rule and the elements.
 */
@WebIntegrationTest
class EveryPageIT {

    private static final int DEPTH = 2;
    private static final String PASSWORD = "demo-toit-commun";
    private static final String AUDITED_LANGUAGE = "fr";

    @RegisterExtension
    static BrowserExtension browser = new BrowserExtension();

    @LocalServerPort int port;

    @ParameterizedTest
    @ValueSource(strings = {"", "membre@demo.toitcommun.coop", "benevole@demo.toitcommun.coop", "cofondatrice@demo.toitcommun.coop",
        "cofondateur@demo.toitcommun.coop", "salariee@demo.toitcommun.coop", "admin@demo.toitcommun.coop"})
    void everyReachablePageRendersInBothLanguagesAndPassesWcagAtDesktopAndPhoneWidths(String account) {
        String who = account.isEmpty() ? "a visitor" : account;
        for (String language : List.of("fr", "en")) {
            WebClient visitor = new WebClient(port).header("X-Forwarded-For", TestAddresses.next())
                .header("Accept-Language", language);
            List<String> start = new ArrayList<>(List.of("/"));
            if (!account.isEmpty()) {
                assertThat(visitor.signIn(account, PASSWORD).statusCode()).isEqualTo(302);
                start.add("/dashboard");
            }
            visitor.get("/?lang=" + language);
            List<Crawler.Page> pages = Crawler.crawl(visitor, start, DEPTH, href -> true);
            assertThat(errors(pages)).as("pages of " + who + " in " + language).isEmpty();
            if (language.equals(AUDITED_LANGUAGE)) {
                assertThat(audit(kinds(pages), account, language)).as("WCAG 2.1 A/AA and width of the pages of " + who
                    + " (page · account (language) · width · rule: elements)").isEmpty();
            }
        }
    }

    private static List<String> errors(List<Crawler.Page> pages) {
        List<String> problems = new ArrayList<>();
        for (Crawler.Page page : pages) {
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

    /**
     * One page of each kind: the HTML pages found, less those that only change the values of the query of a page
     * already kept (the forty free slots of a week open the same booking form; seven days, the same day view).
     */
    private static List<Crawler.Page> kinds(List<Crawler.Page> pages) {
        Set<String> seen = new HashSet<>();
        return pages.stream().filter(page -> page.status() == 200 && page.html() != null)
            .filter(page -> seen.add(page.path().replaceAll("=[^&]*", "="))).toList();
    }

    /** Opens, in the browser of the same account and language, each page given, and audits it. */
    private List<String> audit(List<Crawler.Page> pages, String account, String language) {
        Page page = PageAudit.prepare(browser.newPage(language));
        page.setExtraHTTPHeaders(Map.of("X-Forwarded-For", TestAddresses.next()));
        if (!account.isEmpty()) {
            page.navigate(url("/login"));
            page.locator("input[name=email]").fill(account);
            page.locator("input[name=password]").fill(PASSWORD);
            page.locator("form[action$='/login'] button[type=submit]").click();
            PlaywrightAssertions.assertThat(page).not().hasURL(Pattern.compile(".*/login.*"));
        }
        page.navigate(url("/?lang=" + language));
        String who = (account.isEmpty() ? "visitor" : account) + " (" + language + ")";
        List<String> problems = new ArrayList<>();
        for (Crawler.Page found : pages) {
            problems.addAll(PageAudit.audit(page, url(found.path()), found.path(), who));
        }
        return problems;
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
