package coop.toitcommun.web.security;

import java.util.List;

import coop.toitcommun.web.error.DatabaseUnavailable;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.session.web.http.HttpSessionIdResolver;

/**
 * The session cookie, as Spring Session writes it, except in a request that met a database that does not answer:
 * its 503 page saw no session (none could be read) and must not replace the visitor's cookie with a new, empty
 * session, which would sign them out and void their forms' tokens once the database is back.
 */
final class SessionCookieKeptWhileDatabaseDown implements HttpSessionIdResolver {

    private final HttpSessionIdResolver cookies;

    SessionCookieKeptWhileDatabaseDown(HttpSessionIdResolver cookies) {
        this.cookies = cookies;
    }

    @Override
    public List<String> resolveSessionIds(HttpServletRequest request) {
        return cookies.resolveSessionIds(request);
    }

    @Override
    public void setSessionId(HttpServletRequest request, HttpServletResponse response, String sessionId) {
        if (!DatabaseUnavailable.wasMetBy(request)) {
            cookies.setSessionId(request, response, sessionId);
        }
    }

    @Override
    public void expireSession(HttpServletRequest request, HttpServletResponse response) {
        if (!DatabaseUnavailable.wasMetBy(request)) {
            cookies.expireSession(request, response);
        }
    }
}
