package coop.toitcommun.web.security;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Spring Session commits a request's session twice when the response leaves before the request ends (a redirect, a
 * page larger than the output buffer: most pages), and the second time reads the session from PostgreSQL again only
 * to learn that it exists. This repository hands back, within one request, the session it already read or saved;
 * {@link #filter()}, the outermost filter, forgets it when the request ends, so that no request ever sees another
 * request's copy. Everything else goes to the stored sessions.
 */
final class SessionReadOncePerRequest<S extends Session> implements FindByIndexNameSessionRepository<S> {

    private final FindByIndexNameSessionRepository<S> sessions;
    private final ThreadLocal<S> ofThisRequest = new ThreadLocal<>();

    SessionReadOncePerRequest(FindByIndexNameSessionRepository<S> sessions) {
        this.sessions = sessions;
    }

    /** Forgets the request's session once the request is over, whatever happened. */
    OncePerRequestFilter filter() {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
                try {
                    chain.doFilter(request, response);
                } finally {
                    ofThisRequest.remove();
                }
            }
        };
    }

    @Override
    public S findById(String id) {
        S known = ofThisRequest.get();
        if (known != null && known.getId().equals(id)) {
            return known;
        }
        S found = sessions.findById(id);
        if (found != null) {
            ofThisRequest.set(found);
        }
        return found;
    }

    @Override
    public void save(S session) {
        sessions.save(session);
        ofThisRequest.set(session);
    }

    @Override
    public void deleteById(String id) {
        ofThisRequest.remove();
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
}
