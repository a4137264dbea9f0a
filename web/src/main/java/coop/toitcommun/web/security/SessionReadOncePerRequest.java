package coop.toitcommun.web.security;

import java.io.IOException;
import java.util.Map;

import coop.toitcommun.web.error.DatabaseUnavailable;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The stored sessions, as one request sees them. Spring Session commits a request's session twice when the response
 * leaves before the request ends (a redirect, a page larger than the output buffer: most pages), and the second time
 * reads it from PostgreSQL again only to learn that it exists; an error page, rendered in a second dispatch of the
 * same request, reads it once more. This repository hands back, within one request, the session it already read or
 * saved, kept in the request itself. And once a request met a database that does not answer (here, or in the page:
 * {@link DatabaseUnavailable#met}), it waits for it no more: its 503 page sees no session and stores none, instead
 * of waiting for the pool again.
 *
 * <p>{@link #filter()}, the outermost filter of every dispatch, tells the repository which request it serves.
 */
final class SessionReadOncePerRequest<S extends Session> implements FindByIndexNameSessionRepository<S> {

    private static final String READ = SessionReadOncePerRequest.class.getName() + ".READ";

    private final FindByIndexNameSessionRepository<S> sessions;
    private final ThreadLocal<HttpServletRequest> current = new ThreadLocal<>();

    SessionReadOncePerRequest(FindByIndexNameSessionRepository<S> sessions) {
        this.sessions = sessions;
    }

    /** Names the request being served, in its first dispatch and in its error page's. */
    OncePerRequestFilter filter() {
        return new OncePerRequestFilter() {
            @Override
            protected boolean shouldNotFilterErrorDispatch() {
                return false;
            }

            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
                HttpServletRequest outer = current.get();
                current.set(request);
                try {
                    chain.doFilter(request, response);
                } finally {
                    if (outer == null) {
                        current.remove();
                    } else {
                        current.set(outer);
                    }
                }
            }
        };
    }

    @Override
    public S findById(String id) {
        HttpServletRequest request = current.get();
        if (request == null) {
            return sessions.findById(id);
        }
        if (DatabaseUnavailable.wasMetBy(request)) {
            return null;
        }
        @SuppressWarnings("unchecked")
        S known = (S) request.getAttribute(READ);
        if (known != null && known.getId().equals(id)) {
            return known;
        }
        S found;
        try {
            found = sessions.findById(id);
        } catch (RuntimeException e) {
            throw noted(request, e);
        }
        if (found != null) {
            request.setAttribute(READ, found);
        }
        return found;
    }

    @Override
    public void save(S session) {
        HttpServletRequest request = current.get();
        if (request == null) {
            sessions.save(session);
            return;
        }
        if (DatabaseUnavailable.wasMetBy(request)) {
            return;
        }
        try {
            sessions.save(session);
        } catch (RuntimeException e) {
            throw noted(request, e);
        }
        request.setAttribute(READ, session);
    }

    @Override
    public void deleteById(String id) {
        HttpServletRequest request = current.get();
        if (request != null) {
            if (DatabaseUnavailable.wasMetBy(request)) {
                return;
            }
            request.removeAttribute(READ);
        }
        sessions.deleteById(id);
    }

    @Override
    public S createSession() {
        return sessions.createSession();
    }

    @Override
    public Map<String, S> findByIndexNameAndIndexValue(String indexName, String indexValue) {
        return sessions.findByIndexNameAndIndexValue(indexName, indexValue);
    }

    private static RuntimeException noted(HttpServletRequest request, RuntimeException failure) {
        if (DatabaseUnavailable.causedIt(failure)) {
            DatabaseUnavailable.met(request);
        }
        return failure;
    }
}
