package coop.toitcommun.membership;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts requests per key (an email, a client address) in fixed windows kept in the database, so that a limit
 * holds across restarts and several instances: one statement counts and answers, and parallel requests cannot
 * exceed the limit. Used by password reset requests and by the venue's public registration form.
 */
@Service
public class RequestWindows {

    private static final int KEY_LENGTH = 320;

    private final JdbcClient jdbc;

    RequestWindows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Counts one request of {@code scope} for {@code key}; empty when it is within {@code limit} for the current
     * window, otherwise how long until the window starts again. A window older than {@code window} starts again.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<Duration> count(String scope, String key, int limit, Duration window, Instant now) {
        Instant windowStart = now.minus(window);
        Window counted = jdbc.sql("""
                INSERT INTO membership.request_window AS w (scope, key, started_at, hits) VALUES (:scope, :key, :now, 1)
                ON CONFLICT (house_id, scope, key) DO UPDATE SET
                    hits = CASE WHEN w.started_at <= :windowStart THEN 1 ELSE w.hits + 1 END,
                    started_at = CASE WHEN w.started_at <= :windowStart THEN :now ELSE w.started_at END
                RETURNING hits, started_at""")
            .param("scope", scope).param("key", key.length() > KEY_LENGTH ? key.substring(0, KEY_LENGTH) : key)
            .param("now", Timestamp.from(now)).param("windowStart", Timestamp.from(windowStart))
            .query((rs, n) -> new Window(rs.getInt(1), rs.getTimestamp(2).toInstant())).single();
        return counted.hits() <= limit ? Optional.empty()
            : Optional.of(Duration.between(now, counted.startedAt().plus(window)));
    }

    /** Forgets the windows of these scopes that are over. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void forget(Duration window, Instant now, String... scopes) {
        jdbc.sql("DELETE FROM membership.request_window WHERE scope IN (:scopes) AND started_at <= :before")
            .param("scopes", List.of(scopes)).param("before", Timestamp.from(now.minus(window))).update();
    }

    private record Window(int hits, Instant startedAt) {
    }
}
