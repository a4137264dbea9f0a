package coop.toitcommun.web.smoke;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.HttpCookie;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

import coop.toitcommun.web.support.Crawler;
import coop.toitcommun.web.support.PageAuditors;
import coop.toitcommun.web.support.TestAddresses;
import coop.toitcommun.web.support.WebClient;
import coop.toitcommun.web.support.WebIntegrationTest;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockServletContext;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Follows every link a person can see from the home page and the dashboard, two clicks deep, in French and in
 * English, for a visitor and every demo account: no link may lead to an error (a page refused, missing or failing),
 * and no page may show a message key that has no text, or a stack trace. Then one page of each kind this person
 * opened in this language is shown in Chromium as this person received it, and checked with axe-core for WCAG 2.1 A
 * and AA, and for content wider than the window, at desktop width and at a phone's 390 px (colour contrast on the
 * French pages: see {@link coop.toitcommun.web.support.PageAudit}). A failure names the page, the account, the
 * language, the width, the rule and the elements.
 *
 * <p>A page's kind is the address pattern Spring MVC maps it to, with the forms it shows (where each sends, with
 * which fields) and the ids of its elements: one meeting stands for the others, but a shift whose hours are to be
 * entered, or a register of dues rather than of shares, is audited too (a tenth more pages than by address alone;
 * the patterns of the links as well would add a quarter, for links that follow the data listed, not the page). Kinds
 * are not shared between people: the menu and the forms depend on one's roles.
 */
@WebIntegrationTest
class EveryPageIT {

    private static final int DEPTH = 2;
    private static final String PASSWORD = "demo-toit-commun";
    /** Browsers auditing at once, while the crawler goes on: two, for the two cores of the machines this runs on. */
    private static final int AUDITING_BROWSERS = 2;
    private static final MockServletContext SERVLET_CONTEXT = new MockServletContext();

    @RegisterExtension
    static PageAuditors auditors = new PageAuditors(AUDITING_BROWSERS);

    @LocalServerPort int port;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

    @ParameterizedTest
    @ValueSource(strings = {"", "membre@demo.toitcommun.coop", "benevole@demo.toitcommun.coop", "cofondatrice@demo.toitcommun.coop",
        "cofondateur@demo.toitcommun.coop", "salariee@demo.toitcommun.coop", "admin@demo.toitcommun.coop"})
    void everyReachablePageRendersInBothLanguagesAndOnePageOfEachKindPassesWcagAtDesktopAndPhoneWidths(String account) throws InterruptedException {
        String who = account.isEmpty() ? "a visitor" : account;
        List<String> errors = new ArrayList<>();
        List<Future<List<String>>> audits = new ArrayList<>();
        int opened = 0;
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
                Set<String> kinds = new HashSet<>();
                List<Crawler.Page> pages = Crawler.crawl(visitor, start, DEPTH, href -> true, page -> {
                    if (page.readable() && kinds.add(kind(page))) {
                        audits.add(auditors.audit("http://localhost:" + port, session, page.path(), reader, language.equals("fr")));
                    }
                });
                errors.addAll(errors(pages, language));
                opened += (int) pages.stream().filter(Crawler.Page::readable).count();
            }
            assertThat(errors).as("pages of " + who).isEmpty();
            List<String> problems = new ArrayList<>();
            for (Future<List<String>> audit : audits) {
                problems.addAll(audit.get());
            }
            assertThat(problems).as("WCAG 2.1 A/AA and width of the " + audits.size() + " kinds of page among the "
                + opened + " pages of " + who + " (page · account (language) · width · rule: elements)").isEmpty();
        } catch (ExecutionException e) {
            throw new AssertionError(e.getCause());
        } finally {
            audits.forEach(audit -> audit.cancel(false));
        }
    }

    /**
     * The page's address pattern, with its forms (method, address pattern, fields) and its elements' ids, the numbers
     * in names and ids left out.
     */
    private String kind(Crawler.Page page) {
        Set<String> structure = new TreeSet<>();
        for (Element form : page.html().select("form")) {
            String method = form.attr("method").isEmpty() ? "GET" : form.attr("method").toUpperCase(Locale.ROOT);
            List<String> fields = form.select("[name]").stream()
                .map(field -> field.tagName() + ":" + field.attr("type") + ":" + withoutNumbers(field.attr("name")))
                .toList();
            structure.add(method + " " + route(method, form.attr("action")) + " " + fields);
        }
        page.html().select("[id]").forEach(element -> structure.add("#" + withoutNumbers(element.id())));
        return route("GET", page.path()) + " " + structure;
    }

    /**
     * The pattern of the handler Spring MVC chooses for this request, by its own rules of matching and precedence, or
     * the address itself if no controller answers it (the sign-in form's POST, say, which Spring Security handles).
     */
    private String route(String method, String address) {
        try {
            MockHttpServletRequest request = MockMvcRequestBuilders
                .request(HttpMethod.valueOf(method), URI.create(address)).buildRequest(SERVLET_CONTEXT);
            return mappings.getHandler(request) == null ? address
                : (String) request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        } catch (Exception noController) {
            return address;
        }
    }

    private static String withoutNumbers(String name) {
        return name.replaceAll("\\d+", "#");
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
