package coop.toitcommun.web.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import coop.toitcommun.web.hostile.Catalogue.Variant;
import coop.toitcommun.web.hostile.Field.Kind;
import coop.toitcommun.web.support.Crawler.Page;
import coop.toitcommun.web.support.Crawler;
import coop.toitcommun.web.support.TestAddresses;
import coop.toitcommun.web.support.WebClient;
import coop.toitcommun.web.support.WebIntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.server.PathContainer;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Every handler of the application, found in Spring's request mappings, receives a fixed catalogue of hostile
 * values (control characters, 100,000 characters, unreadable numbers and dates, unknown choices, duplicated and
 * missing fields, malformed multipart, absurd path variables) as each demo person who may reach it; no answer may
 * be a server error. The fields come from the forms the pages render for that person, or else from the handler
 * method's signature; path variables are real ids found on those pages.
 */
@WebIntegrationTest
class HostileInputIT {

    private static final String PASSWORD = "demo-toit-commun";
    /** Who may reach what: a visitor, and a demo person for each role (Nadia sits on the SCIC's board). */
    private static final Map<String, String> PEOPLE = linked(
        "visitor", null,
        "member", "benevole@demo.toitcommun.coop",
        "board member", "membre@demo.toitcommun.coop",
        "co-founder", "cofondatrice@demo.toitcommun.coop",
        "employee", "salariee@demo.toitcommun.coop",
        "admin", "admin@demo.toitcommun.coop");
    private static final int CRAWL_DEPTH = 4;
    private static final int PAGES_PER_HANDLER = 2;
    private static final int THREADS = 3;

    @LocalServerPort int port;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

    private final List<String> failures = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger sent = new AtomicInteger();

    @Test
    void noHandlerAnswersAServerErrorToHostileInput() throws Exception {
        long began = System.nanoTime();
        List<Endpoint> endpoints = Endpoint.all(mappings);
        List<Visitor> visitors = PEOPLE.entrySet().stream().map(e -> new Visitor(e.getKey(), e.getValue())).toList();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            inParallel(pool, visitors, visitor -> visitor.explore(endpoints));
            int explored = sent.get();
            long exploredIn = System.nanoTime() - began;
            inParallel(pool, endpoints, endpoint -> fuzz(endpoint, visitors));
            System.out.printf("Hostile input: %d handlers (%d GET, %d POST) as %d people; %d pages explored in %d s, "
                    + "then %d hostile requests in %d s%n", endpoints.size(),
                endpoints.stream().filter(e -> e.method() == RequestMethod.GET).count(),
                endpoints.stream().filter(e -> e.method() == RequestMethod.POST).count(), visitors.size(), explored,
                exploredIn / 1_000_000_000, sent.get() - explored, (System.nanoTime() - began - exploredIn) / 1_000_000_000);
        } finally {
            pool.shutdownNow();
        }
        for (Visitor visitor : visitors) {
            if (visitor.email != null && !new Visitor(visitor.name, null).signsIn(visitor.email)) {
                failures.add("the hostile requests changed the demo data: " + visitor.email + " can no longer sign in");
            }
        }
        assertThat(failures).as("hostile requests answered by a server error, or refused without saying why").isEmpty();
    }

    /** The whole catalogue as the first person who reaches the handler, all fields spoiled at once as the others. */
    private void fuzz(Endpoint endpoint, List<Visitor> visitors) {
        if (endpoint.method() == RequestMethod.GET) {
            boolean first = true;
            for (Visitor visitor : visitors) {
                first &= !fuzzGet(endpoint, visitor, visitors, first);
            }
        } else {
            List<Visitor> withForm = visitors.stream().filter(v -> v.formFor(endpoint).isPresent()).toList();
            List<Visitor> senders = withForm.isEmpty() ? visitors.stream().filter(v -> v.email != null).toList() : withForm;
            for (int i = 0; i < senders.size(); i++) {
                fuzzPost(endpoint, senders.get(i), visitors, i == 0);
            }
        }
    }

    /** Requests go out a few at a time: the server renders pages on every core while the test waits for answers. */
    private static <T> void inParallel(ExecutorService pool, List<T> items, Consumer<T> work) throws Exception {
        List<Future<?>> tasks = items.stream().<Future<?>>map(item -> pool.submit(() -> work.accept(item))).toList();
        for (Future<?> task : tasks) {
            try {
                task.get();
            } catch (ExecutionException e) {
                throw e.getCause() instanceof Exception cause ? cause : new IllegalStateException(e.getCause());
            }
        }
    }

    /**
     * The whole catalogue as the first person who reaches the page; every other person who reaches it sends every
     * parameter spoiled at once. True when this person reached the page.
     */
    private boolean fuzzGet(Endpoint endpoint, Visitor visitor, List<Visitor> everyone, boolean wholeCatalogue) {
        String path = visitor.pathFor(endpoint, everyone);
        List<Field> fields = new ArrayList<>();
        visitor.filterFormFor(endpoint).ifPresent(form -> fields.addAll(form.fields()));
        int query = path.indexOf('?');
        if (query >= 0) {
            queryFields(path.substring(query + 1), fields);
            path = path.substring(0, query);
        }
        addDeclared(endpoint, fields);
        HttpResponse<String> plain = get(visitor, endpoint, path, Catalogue.plain(fields), "as the page links it");
        if (!reached(plain)) {
            return false;
        }
        for (Variant variant : wholeCatalogue ? Catalogue.variants(fields, true) : Catalogue.allSpoiled(fields)) {
            get(visitor, endpoint, path, variant.parameters(), variant.spoiled());
        }
        if (wholeCatalogue) {
            for (String hostile : pathVariants(endpoint, path)) {
                get(visitor, endpoint, hostile, Catalogue.plain(fields), "path " + hostile);
            }
        }
        visitor.signInAgainIfSignedOut();
        return true;
    }

    private void fuzzPost(Endpoint endpoint, Visitor visitor, List<Visitor> everyone, boolean wholeCatalogue) {
        Optional<RenderedForm> rendered = visitor.formFor(endpoint);
        String path = rendered.map(RenderedForm::action).orElseGet(() -> visitor.pathFor(endpoint, everyone));
        List<Field> fields = new ArrayList<>(rendered.map(RenderedForm::fields).orElse(List.of()));
        addDeclared(endpoint, fields);
        if (rendered.map(RenderedForm::multipart).orElse(false)) {
            fuzzUpload(endpoint, visitor, path, fields);
        } else {
            for (Variant variant : wholeCatalogue ? Catalogue.variants(fields, false) : Catalogue.allSpoiled(fields)) {
                HttpResponse<String> response = post(visitor, endpoint, path, variant.parameters(), variant.spoiled());
                if (rendered.isPresent() && rendered.get().fields().stream().anyMatch(f -> f.name().equals(variant.field()))) {
                    requireTheProblemShown(visitor, path, variant, response);
                }
            }
        }
        if (wholeCatalogue) {
            for (String hostile : pathVariants(endpoint, path)) {
                post(visitor, endpoint, hostile, Catalogue.plain(fields), "path " + hostile);
            }
            for (String contentType : List.of("multipart/form-data; boundary=toit", "multipart/form-data")) {
                record(visitor, endpoint, path, "malformed multipart (" + contentType + ")", visitor.client.postRaw(path,
                    contentType, "--toit\r\nContent-Disposition: form-data; name=\"x\"\r\n\r\nsans fin".getBytes(StandardCharsets.UTF_8),
                    Map.of("X-CSRF-TOKEN", visitor.csrf)));
            }
        }
        visitor.signInAgainIfSignedOut();
    }

    /** A document that is not one, with hostile file names, or no file at all: the upload form's own variants. */
    private void fuzzUpload(Endpoint endpoint, Visitor visitor, String path, List<Field> fields) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("a file name with a NUL character", "essai\u0000.pdf");
        files.put("a file name of 10,000 characters", "x".repeat(10_000) + ".pdf");
        files.put("a file name with a path", "../../etc/passwd");
        files.put("no file", null);
        String fileField = fields.stream().filter(f -> f.kind() == Kind.FILE).map(Field::name).findFirst().orElse("file");
        files.forEach((what, name) -> {
            String boundary = "toitcommun" + System.nanoTime();
            StringBuilder body = new StringBuilder();
            Catalogue.plain(fields).forEach(p -> body.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"")
                .append(p.getKey()).append("\"\r\n\r\n").append(p.getValue()).append("\r\n"));
            body.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n")
                .append(visitor.csrf).append("\r\n");
            if (name != null) {
                body.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"").append(fileField)
                    .append("\"; filename=\"").append(name).append("\"\r\nContent-Type: application/pdf\r\n\r\npas un document\r\n");
            }
            body.append("--").append(boundary).append("--\r\n");
            record(visitor, endpoint, path, what, visitor.client.postRaw(path, "multipart/form-data; boundary=" + boundary,
                body.toString().getBytes(StandardCharsets.UTF_8), Map.of()));
        });
    }

    private HttpResponse<String> get(Visitor visitor, Endpoint endpoint, String path, List<Map.Entry<String, String>> parameters,
                                     String what) {
        String query = encode(parameters);
        return record(visitor, endpoint, path, what, visitor.client.get(query.isEmpty() ? path : path + "?" + query));
    }

    /** As a browser posts a form: with the page it comes from, where the application sends back what it refuses. */
    private HttpResponse<String> post(Visitor visitor, Endpoint endpoint, String path, List<Map.Entry<String, String>> parameters,
                                      String what) {
        List<Map.Entry<String, String>> withToken = new ArrayList<>(parameters);
        withToken.add(Map.entry("_csrf", visitor.csrf));
        Map<String, String> from = visitor.formFor(endpoint).map(f -> Map.of("Referer", "http://localhost:" + port + f.page()))
            .orElse(Map.of());
        return record(visitor, endpoint, path, what, visitor.client.postRaw(path, "application/x-www-form-urlencoded",
            encode(withToken).getBytes(StandardCharsets.UTF_8), from));
    }

    /** A form sent back to its page (200, the form again) must say what is wrong with a field the page shows. */
    private void requireTheProblemShown(Visitor visitor, String path, Variant variant, HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            return;
        }
        Document page = Jsoup.parse(response.body());
        boolean formAgain = page.select("form[method=post]").stream().anyMatch(f -> f.attr("action").equals(path));
        if (formAgain && page.select(".is-invalid, .alert-danger, .invalid-feedback").isEmpty()) {
            failures.add("refused without saying why: POST " + shortened(path) + " as " + visitor.name + ": " + variant.spoiled());
        }
    }

    private HttpResponse<String> record(Visitor visitor, Endpoint endpoint, String path, String what, HttpResponse<String> response) {
        sent.incrementAndGet();
        if (response.statusCode() >= 500) {
            failures.add(response.statusCode() + " " + endpoint.method() + " " + shortened(path) + " as " + visitor.name + ": " + what);
        }
        if (visitor.email != null && response.headers().firstValue("Location").orElse("").endsWith("/login")) {
            visitor.signedOut = true;
        }
        return response;
    }

    /** The handler ran (the person may reach it): not sent to sign in, not refused, not unknown. */
    private static boolean reached(HttpResponse<String> response) {
        int status = response.statusCode();
        return status != 403 && status != 404 && !response.headers().firstValue("Location").orElse("").endsWith("/login");
    }

    /** The same address with each path variable replaced by absurd values. */
    private static List<String> pathVariants(Endpoint endpoint, String path) {
        PathPattern.PathMatchInfo match = endpoint.pattern().matchAndExtract(PathContainer.parsePath(path));
        if (match == null) {
            return List.of();
        }
        List<String> variants = new ArrayList<>();
        for (String variable : match.getUriVariables().keySet()) {
            for (String value : Catalogue.PATH_VALUES) {
                Map<String, String> values = new HashMap<>(match.getUriVariables());
                values.put(variable, value);
                variants.add(expand(endpoint.pattern(), values));
            }
        }
        return variants;
    }

    private static String expand(PathPattern pattern, Map<String, String> values) {
        String path = pattern.getPatternString();
        for (Map.Entry<String, String> value : values.entrySet()) {
            path = path.replace("{" + value.getKey() + "}", value.getValue());
        }
        return path;
    }

    private static void queryFields(String query, List<Field> fields) {
        for (String pair : query.split("&")) {
            String[] parts = pair.split("=", 2);
            String name = java.net.URLDecoder.decode(parts[0], StandardCharsets.UTF_8);
            String value = parts.length > 1 ? java.net.URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : "";
            if (fields.stream().noneMatch(f -> f.name().equals(name))) {
                fields.add(Field.of(name, Field.kindOf(value), value, false));
            }
        }
    }

    /**
     * What the handler declares decides whether a field is required (a page may mark a field required that the
     * server does without); fields it declares but the page does not show are sent only as hostile values.
     */
    private static void addDeclared(Endpoint endpoint, List<Field> fields) {
        List<Field> declared = endpoint.declaredFields();
        fields.replaceAll(shown -> new Field(shown.name(), shown.kind(), shown.values(),
            declared.stream().anyMatch(d -> d.name().equals(shown.name()) && d.required())));
        for (Field field : declared) {
            if (fields.stream().noneMatch(f -> f.name().equals(field.name()))) {
                fields.add(field.withValues(List.of()));
            }
        }
    }

    private static String encode(List<Map.Entry<String, String>> parameters) {
        return parameters.stream().map(p -> URLEncoder.encode(p.getKey(), StandardCharsets.UTF_8) + "="
            + URLEncoder.encode(p.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    private static String shortened(String path) {
        return path.length() > 120 ? path.substring(0, 120) + "…" : path;
    }

    @SafeVarargs
    private static <T> Map<T, T> linked(T... pairs) {
        Map<T, T> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }

    /** One demo person (or an anonymous visitor) with one client, signed in once, and what their pages show. */
    private final class Visitor {

        final String name;
        final String email;
        final WebClient client;
        final List<Page> pages = new ArrayList<>();
        final List<RenderedForm> forms = new ArrayList<>();
        volatile String csrf;
        volatile boolean signedOut;

        Visitor(String name, String email) {
            this.name = name;
            this.email = email;
            this.client = new WebClient(port).header("X-Forwarded-For", TestAddresses.next());
            signIn();
        }

        private void signIn() {
            if (email != null) {
                assertThat(client.signIn(email, PASSWORD).headers().firstValue("Location")).as(name + " signs in")
                    .hasValueSatisfying(location -> assertThat(location).endsWith("/dashboard"));
            }
            csrf = WebClient.csrfToken(Jsoup.parse(client.get(email == null ? "/login" : "/dashboard").body()));
            signedOut = false;
        }

        boolean signsIn(String address) {
            return client.signIn(address, PASSWORD).headers().firstValue("Location").orElse("").endsWith("/dashboard");
        }

        /** After an answer that sent this person to the sign-in page, signs in again if the session really ended. */
        synchronized void signInAgainIfSignedOut() {
            if (signedOut && client.get("/dashboard").statusCode() != 200) {
                signIn();
            }
            signedOut = false;
        }

        /** Opens what this person can click through, at most a few pages per handler, and keeps their forms. */
        void explore(List<Endpoint> endpoints) {
            Map<Endpoint, Integer> opened = new HashMap<>();
            List<String> start = email == null ? List.of("/") : List.of("/", "/dashboard");
            pages.addAll(Crawler.crawl(client, start, CRAWL_DEPTH, href -> {
                String path = href.contains("?") ? href.substring(0, href.indexOf('?')) : href;
                Optional<Endpoint> handler = endpoints.stream()
                    .filter(e -> e.method() == RequestMethod.GET && e.matches(path)).findFirst();
                return handler.isPresent() && opened.merge(handler.get(), 1, Integer::sum) <= PAGES_PER_HANDLER;
            }));
            sent.addAndGet(pages.size());
            pages.stream().filter(p -> p.html() != null).forEach(p -> forms.addAll(RenderedForm.on(p.html(), p.path())));
        }

        Optional<RenderedForm> formFor(Endpoint endpoint) {
            return forms.stream().filter(f -> f.method().equals("POST") && endpoint.matches(f.actionPath())).findFirst();
        }

        Optional<RenderedForm> filterFormFor(Endpoint endpoint) {
            return forms.stream().filter(f -> f.method().equals("GET") && endpoint.matches(f.actionPath())).findFirst();
        }

        /** An address of the handler with real ids: one this person opened, else ids from anyone's pages, else 1. */
        String pathFor(Endpoint endpoint, List<Visitor> everyone) {
            Optional<String> opened = pages.stream().map(Page::path)
                .filter(p -> endpoint.matches(p.contains("?") ? p.substring(0, p.indexOf('?')) : p)).findFirst();
            if (opened.isPresent()) {
                return opened.get();
            }
            Map<String, String> values = new HashMap<>();
            List<Visitor> sources = new ArrayList<>(List.of(this));
            sources.addAll(everyone);
            String pattern = endpoint.pattern().getPatternString();
            int open = pattern.indexOf('{');
            while (open >= 0) {
                int close = pattern.indexOf('}', open);
                PathPattern prefix = org.springframework.web.util.pattern.PathPatternParser.defaultInstance
                    .parse(pattern.substring(0, close + 1) + "/**");
                String variable = pattern.substring(open + 1, close);
                sources.stream().flatMap(v -> v.addresses().stream())
                    .map(p -> prefix.matchAndExtract(PathContainer.parsePath(p)))
                    .filter(m -> m != null && m.getUriVariables().entrySet().stream()
                        .allMatch(e -> !values.containsKey(e.getKey()) || values.get(e.getKey()).equals(e.getValue())))
                    .findFirst().ifPresent(m -> values.putIfAbsent(variable, m.getUriVariables().get(variable)));
                values.putIfAbsent(variable, "1");
                open = pattern.indexOf('{', close);
            }
            return expand(endpoint.pattern(), values);
        }

        /** The addresses this person's pages opened or post to, without their query. */
        List<String> addresses() {
            List<String> addresses = new ArrayList<>();
            pages.forEach(p -> addresses.add(p.path().contains("?") ? p.path().substring(0, p.path().indexOf('?')) : p.path()));
            forms.forEach(f -> addresses.add(f.actionPath()));
            return addresses;
        }
    }
}
