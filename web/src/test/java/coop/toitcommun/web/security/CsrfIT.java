package coop.toitcommun.web.security;

import static coop.toitcommun.web.support.WebClient.html;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import coop.toitcommun.web.support.DemoPeople;
import coop.toitcommun.web.support.TestAddresses;
import coop.toitcommun.web.support.WebClient;
import coop.toitcommun.web.support.WebIntegrationTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Every POST the application answers, from Spring's request mappings and the forms of its pages (sign in and
 * sign out are answered by Spring Security itself), refuses a missing or wrong CSRF token of any shape with the
 * ordinary 403 page, for a visitor and for a signed-in person, who stays signed in.
 */
@WebIntegrationTest
class CsrfIT {


    @LocalServerPort int port;
    @Autowired DemoPeople demo;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

    @Test
    void everyPostRefusesAWrongTokenWithTheForbiddenPage() {
        WebClient visitor = new WebClient(port).header("X-Forwarded-For", TestAddresses.next());
        WebClient member = demo.signedInInFrench(port, "membre@demo.toitcommun.coop");
        String stolen = tokenOf(new WebClient(port).header("X-Forwarded-For", TestAddresses.next()), "/login");

        TreeSet<String> targets = postTargets(member, visitor);
        List<String> problems = new ArrayList<>();
        for (WebClient client : List.of(visitor, member)) {
            String own = tokenOf(client, client == member ? "/dashboard" : "/login");
            Map<String, String> tokens = wrongTokens(own, stolen);
            for (String target : targets) {
                for (Map.Entry<String, String> token : tokens.entrySet()) {
                    Map<String, String> form = new LinkedHashMap<>(Map.of("email", "x@example.org", "password", "x"));
                    if (token.getValue() != null) {
                        form.put("_csrf", token.getValue());
                    }
                    check(problems, target, token.getKey(), client.post(target, form));
                }
                check(problems, target, "a header token that cannot be decoded", client.postRaw(target,
                    "application/x-www-form-urlencoded", "email=x%40example.org".getBytes(StandardCharsets.UTF_8),
                    Map.of("X-CSRF-TOKEN", tokens.get("a token of the right length whose characters were changed"))));
            }
        }
        System.out.printf("CSRF: %d POST addresses, %d requests%n", targets.size(), targets.size() * 2 * 7);
        assertThat(targets).as("POST addresses").contains("/login", "/logout", "/join", "/bookings");
        assertThat(problems).isEmpty();
        assertThat(member.get("/dashboard").statusCode()).as("still signed in").isEqualTo(200);
    }

    private static void check(List<String> problems, String target, String token, HttpResponse<String> response) {
        Document page = html(response);
        if (response.statusCode() != 403 || !page.select("h1").text().equals("Accès refusé") || page.select("nav a[href=/charter]").isEmpty()) {
            problems.add(response.statusCode() + " " + target + " with " + token + ": " + page.select("h1").text());
        }
    }

    /** Every POST mapping (path variables filled with 1: the token is checked before anything else) and every POST form. */
    private TreeSet<String> postTargets(WebClient member, WebClient visitor) {
        TreeSet<String> targets = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            var methods = info.getMethodsCondition().getMethods();
            if (methods.isEmpty() || methods.contains(RequestMethod.POST)) {
                for (PathPattern pattern : info.getPathPatternsCondition().getPatterns()) {
                    targets.add(pattern.getPatternString().replaceAll("\\{[^}]+}", "1"));
                }
            }
        }
        for (Document page : List.of(html(visitor.get("/login")), html(visitor.get("/")), html(member.get("/dashboard")))) {
            page.select("form[method=post]").forEach(form -> targets.add(form.attr("action")));
        }
        return targets;
    }

    /** Tokens of every shape but the right one; null: no token at all. */
    private static Map<String, String> wrongTokens(String own, String stolen) {
        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("no token", null);
        tokens.put("an empty token", "");
        tokens.put("a token of the right length whose characters were changed", undecodable(own));
        tokens.put("a token of the right length with one character changed", own.substring(0, own.length() - 2)
            + (own.charAt(own.length() - 2) == 'A' ? 'B' : 'A') + own.charAt(own.length() - 1));
        tokens.put("a token that is not Base64", "!".repeat(own.length()));
        tokens.put("another session's token", stolen);
        return tokens;
    }

    /**
     * The session's own masked token (random bytes, then the token XOR those bytes) changed so that it unmasks to
     * bytes that are not UTF-8: the shape that made Spring Security's decoding fail with a server error.
     */
    private static String undecodable(String masked) {
        byte[] bytes = Base64.getUrlDecoder().decode(masked);
        int half = bytes.length / 2;
        bytes[half] = (byte) (bytes[0] ^ 0xFF);
        return Base64.getUrlEncoder().encodeToString(bytes);
    }

    private static String tokenOf(WebClient client, String page) {
        return WebClient.csrfToken(html(client.get(page)));
    }
}
