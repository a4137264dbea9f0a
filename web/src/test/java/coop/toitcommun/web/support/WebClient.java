package coop.toitcommun.web.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A cookie-keeping HTTP client for one visitor, like a browser without JavaScript: it does not follow
 * redirects, so tests see them. A form is posted only if the page has it, with that form's own CSRF token.
 */
public final class WebClient {

    private final String base;
    private final CookieManager cookies;
    private final HttpClient client;
    private final Map<String, String> headers = new LinkedHashMap<>();

    public WebClient(int port) {
        this("localhost", port);
    }

    /** A browser that asks for another host name (another house: 127.0.0.1 is the demo's Porte Mine). */
    public WebClient(String host, int port) {
        this(host, port, new CookieManager());
    }

    private WebClient(String host, int port, CookieManager cookies) {
        this.base = "http://" + host + ":" + port;
        this.cookies = cookies;
        this.client = HttpClient.newBuilder().cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /**
     * The same browser on another port, as behind a proxy that sends each request to either instance: one cookie
     * jar (cookies are the host's, whatever the port), the same headers.
     */
    public WebClient sameBrowserOn(int port) {
        WebClient other = new WebClient(URI.create(base).getHost(), port, cookies);
        other.headers.putAll(headers);
        return other;
    }

    /** Sent with every request, e.g. {@code X-Forwarded-For} to act from another address. */
    public WebClient header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    /** The cookies this visitor holds (its session), to hand them to a browser. */
    public List<HttpCookie> cookies() {
        return cookies.getCookieStore().getCookies();
    }

    public HttpResponse<String> get(String path) {
        return send(request(path).GET().build());
    }

    /** The body as bytes, for downloads such as PDF files. */
    public HttpResponse<byte[]> getBytes(String path) {
        try {
            return client.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<String> post(String path, Map<String, String> form) {
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(encode(form))).build());
    }

    /**
     * Sends a body exactly as given, with its content type and extra headers: for requests a browser would never
     * send (duplicated fields, malformed multipart, forged tokens).
     */
    public HttpResponse<String> postRaw(String path, String contentType, byte[] body, Map<String, String> extraHeaders) {
        HttpRequest.Builder builder = request(path).header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        extraHeaders.forEach(builder::header);
        return send(builder.build());
    }

    /**
     * Opens {@code pagePath}, then posts {@code form} with that page's CSRF token to {@code actionPath}, saying where
     * it comes from as a browser does ({@code Referer}).
     */
    public HttpResponse<String> submit(String pagePath, String actionPath, Map<String, String> form) {
        Document page = Jsoup.parse(get(pagePath).body());
        Element target = page.select("form[method=post]").stream()
            .filter(candidate -> withoutQuery(candidate.attr("action")).equals(withoutQuery(actionPath)))
            .findFirst()
            .orElseThrow(() -> new AssertionError("No form posts to " + actionPath + " on " + pagePath));
        String token = target.select("input[name=_csrf]").val();
        if (token.isEmpty()) {
            throw new AssertionError("The form posting to " + actionPath + " on " + pagePath + " has no CSRF token");
        }
        Map<String, String> withToken = new LinkedHashMap<>(form);
        withToken.put("_csrf", token);
        return send(request(actionPath).header("Content-Type", "application/x-www-form-urlencoded")
            .header("Referer", base + pagePath).POST(HttpRequest.BodyPublishers.ofString(encode(withToken))).build());
    }

    /**
     * Posts to an action that {@code pagePath} does not offer, with the session's valid CSRF token: what someone
     * crafting the request by hand could do. For tests that the server itself refuses.
     */
    public HttpResponse<String> forge(String pagePath, String actionPath, Map<String, String> form) {
        Document page = Jsoup.parse(get(pagePath).body());
        Map<String, String> withToken = new LinkedHashMap<>(form);
        withToken.put("_csrf", csrfToken(page));
        return post(actionPath, withToken);
    }

    private static String withoutQuery(String path) {
        int query = path.indexOf('?');
        return query < 0 ? path : path.substring(0, query);
    }

    /** Signs in with the login form and returns the response to the form's POST. */
    public HttpResponse<String> signIn(String email, String password) {
        return submit("/login", "/login", Map.of("email", email, "password", password));
    }

    public HttpResponse<String> follow(HttpResponse<String> redirect) {
        String location = redirect.headers().firstValue("Location").orElseThrow();
        return get(URI.create(base).resolve(location).toString().substring(base.length()));
    }

    public static Document html(HttpResponse<String> response) {
        return Jsoup.parse(response.body());
    }

    /** The CSRF token of the page's forms: the session's, the same in every form (a signed-in page has at least sign-out's). */
    public static String csrfToken(Document page) {
        String token = page.select("form input[name=_csrf]").val();
        if (token.isEmpty()) {
            throw new AssertionError("No form with a CSRF token on " + page.location() + page.title());
        }
        return token;
    }

    private HttpRequest.Builder request(String path) {
        // a server that never answers fails the test instead of hanging the build
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(2));
        headers.forEach(builder::header);
        return builder;
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(Map<String, String> form) {
        return form.entrySet().stream()
            .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    }
}
