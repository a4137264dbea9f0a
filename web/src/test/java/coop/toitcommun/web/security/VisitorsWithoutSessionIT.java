package coop.toitcommun.web.security;

import static coop.toitcommun.web.support.WebClient.html;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import coop.toitcommun.web.support.Crawler;
import coop.toitcommun.web.support.TestAddresses;
import coop.toitcommun.web.support.WebClient;
import coop.toitcommun.web.support.WebIntegrationTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Sessions are stored in PostgreSQL: a visitor who only reads (or a crawler, which keeps no cookie) must not cost a
 * stored session on every page. Only a page with a form to post (its CSRF token lives in the session) opens one.
 */
@WebIntegrationTest
class VisitorsWithoutSessionIT {

    private static final int DEPTH = 2;

    @LocalServerPort int port;

    @Test
    void everyPublicPageWithoutAFormToPostIsServedWithoutOpeningASession() {
        List<Crawler.Page> pages = Crawler.crawl(visitor(), List.of("/"), DEPTH, href -> true);
        List<String> read = new ArrayList<>();
        List<String> withSession = new ArrayList<>();
        for (Crawler.Page page : pages) {
            if (!page.readable() || !page.html().select("form[method=post]").isEmpty()) {
                continue;
            }
            read.add(page.path());
            if (opensASession(visitor().get(page.path()))) {
                withSession.add(page.path());
            }
        }
        System.out.printf("Visitors without session: %d pages read, %d with a form left out%n", read.size(),
            pages.stream().filter(Crawler.Page::readable).count() - read.size());
        assertThat(read).as("public pages read").contains("/", "/organisations", "/charter", "/events");
        assertThat(withSession).as("pages that opened a session").isEmpty();
    }

    @Test
    void aVisitorSwitchesToEnglishWithoutASessionAndKeepsItOnTheNextPages() {
        WebClient visitor = visitor();
        Document home = html(visitor.get("/organisations?q=lievin"));
        String englishLink = home.select("a[lang=en]").attr("href");
        assertThat(englishLink).as("the header's link to English").startsWith("/language?lang=en");

        HttpResponse<String> switched = visitor.get(englishLink);

        assertThat(switched.statusCode()).isEqualTo(302);
        assertThat(switched.headers().firstValue("Location")).get().asString().endsWith("/organisations?q=lievin");
        assertThat(switched.headers().allValues("Set-Cookie")).singleElement().asString()
            .startsWith("lang=en;").contains("HttpOnly").contains("SameSite=Lax");
        HttpResponse<String> charter = visitor.get("/charter");
        assertThat(html(charter).select("html").attr("lang")).isEqualTo("en");
        assertThat(opensASession(charter)).isFalse();
        assertThat(html(visitor.get("/")).select("a[lang=fr]").text()).isEqualTo("Français");
    }

    @Test
    void theSignInFormStillOpensASessionForItsToken() {
        assertThat(opensASession(visitor().get("/login"))).isTrue();
    }

    private static boolean opensASession(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream().anyMatch(cookie -> cookie.startsWith("SESSION="));
    }

    private WebClient visitor() {
        return new WebClient(port).header("X-Forwarded-For", TestAddresses.next());
    }
}
