package coop.toitcommun.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A signed-in session of the member, opened before the load through the sign-in form (so that signing in, a
 * password hash by design, is not part of any measured page): its session cookie and the CSRF token of its forms.
 */
record SignedIn(String sessionId, String csrf) {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern SESSION = Pattern.compile("SESSION=([^;]+)");

    static SignedIn open() throws IOException, InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<String> login = client.send(get("/login", null), HttpResponse.BodyHandlers.ofString());
        String session = cookie(login).orElseThrow();
        String form = "email=" + URLEncoder.encode(Bench.MEMBER, StandardCharsets.UTF_8) + "&password="
            + URLEncoder.encode(Bench.PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + token(login.body());
        HttpResponse<String> signedIn = client.send(HttpRequest.newBuilder(URI.create(Bench.base() + "/login"))
            .header("Cookie", "SESSION=" + session).header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (signedIn.statusCode() != 302 || !signedIn.headers().firstValue("Location").orElse("").endsWith("/dashboard")) {
            throw new IllegalStateException("could not sign in as " + Bench.MEMBER + ": " + signedIn.statusCode());
        }
        String newSession = cookie(signedIn).orElse(session);
        HttpResponse<String> bookingForm = client.send(get("/bookings/new", newSession), HttpResponse.BodyHandlers.ofString());
        return new SignedIn(newSession, token(bookingForm.body()));
    }

    static HttpRequest get(String path, String session) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Bench.base() + path));
        if (session != null) {
            request.header("Cookie", "SESSION=" + session);
        }
        return request.build();
    }

    private static String token(String html) {
        Matcher matcher = CSRF.matcher(html);
        if (!matcher.find()) {
            throw new IllegalStateException("no CSRF token in the page");
        }
        return matcher.group(1);
    }

    private static Optional<String> cookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().map(SESSION::matcher).filter(Matcher::find)
            .map(m -> m.group(1)).findFirst();
    }
}
