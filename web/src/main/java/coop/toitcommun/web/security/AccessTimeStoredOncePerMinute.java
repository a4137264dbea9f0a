package coop.toitcommun.web.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

/**
 * The stored sessions, written only when something worth keeping changed. Spring Session moves a session's last
 * access time on every request and writes it back, a durable commit per page; here the access time alone is written
 * at most once a minute, so a session idle for thirty minutes ends between 29 and 30 minutes after its last request.
 * Anything else (an attribute set or removed, a new id, a new timeout, a new session) is written as before. Attributes
 * are written when set, never when only read (Spring Session's default save mode, which this relies on). A session
 * is read outside any transaction ({@link SessionReadsWithoutTransaction}).
 */
final class AccessTimeStoredOncePerMinute<S extends Session>
    implements FindByIndexNameSessionRepository<AccessTimeStoredOncePerMinute.Tracked<S>> {

    static final Duration ACCESS_TIME_STEP = Duration.ofMinutes(1);

    private final FindByIndexNameSessionRepository<S> sessions;
    private final SessionReadsWithoutTransaction transactions;

    AccessTimeStoredOncePerMinute(FindByIndexNameSessionRepository<S> sessions, SessionReadsWithoutTransaction transactions) {
        this.sessions = sessions;
        this.transactions = transactions;
    }

    @Override
    public Tracked<S> createSession() {
        return new Tracked<>(sessions.createSession(), null);
    }

    @Override
    public Tracked<S> findById(String id) {
        S found = transactions.read(() -> sessions.findById(id));
        return found == null ? null : new Tracked<>(found, found.getLastAccessedTime());
    }

    @Override
    public void save(Tracked<S> session) {
        if (session.worthStoring()) {
            sessions.save(session.stored);
            session.saved();
        }
    }

    @Override
    public void deleteById(String id) {
        sessions.deleteById(id);
    }

    @Override
    public Map<String, Tracked<S>> findByIndexNameAndIndexValue(String indexName, String indexValue) {
        return sessions.findByIndexNameAndIndexValue(indexName, indexValue).values().stream()
            .map(found -> new Tracked<>(found, found.getLastAccessedTime()))
            .collect(Collectors.toMap(Tracked::getId, Function.identity()));
    }

    /** A stored session and what changed in it since it was read or last written. */
    static final class Tracked<S extends Session> implements Session {

        private final S stored;
        private Instant accessTimeStored;
        private boolean changed;

        private Tracked(S stored, Instant accessTimeStored) {
            this.stored = stored;
            this.accessTimeStored = accessTimeStored;
        }

        boolean worthStoring() {
            return changed || accessTimeStored == null
                || Duration.between(accessTimeStored, stored.getLastAccessedTime()).compareTo(ACCESS_TIME_STEP) >= 0;
        }

        private void saved() {
            accessTimeStored = stored.getLastAccessedTime();
            changed = false;
        }

        @Override
        public String getId() {
            return stored.getId();
        }

        @Override
        public String changeSessionId() {
            changed = true;
            return stored.changeSessionId();
        }

        @Override
        public <T> T getAttribute(String attributeName) {
            return stored.getAttribute(attributeName);
        }

        @Override
        public Set<String> getAttributeNames() {
            return stored.getAttributeNames();
        }

        @Override
        public void setAttribute(String attributeName, Object attributeValue) {
            changed = true;
            stored.setAttribute(attributeName, attributeValue);
        }

        @Override
        public void removeAttribute(String attributeName) {
            changed = true;
            stored.removeAttribute(attributeName);
        }

        @Override
        public Instant getCreationTime() {
            return stored.getCreationTime();
        }

        @Override
        public void setLastAccessedTime(Instant lastAccessedTime) {
            stored.setLastAccessedTime(lastAccessedTime);
        }

        @Override
        public Instant getLastAccessedTime() {
            return stored.getLastAccessedTime();
        }

        @Override
        public void setMaxInactiveInterval(Duration interval) {
            changed = true;
            stored.setMaxInactiveInterval(interval);
        }

        @Override
        public Duration getMaxInactiveInterval() {
            return stored.getMaxInactiveInterval();
        }

        @Override
        public boolean isExpired() {
            return stored.isExpired();
        }
    }
}
