package coop.toitcommun.membership;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Limits password reset requests per email address and per client address, so that nobody can flood a mailbox
 * or the house's mail server. The same statements run whether or not an account has the address, so that the
 * answer takes the same time and says nothing; looking the account up and emailing happen elsewhere, off the
 * request thread.
 */
@Service
public class PasswordResetRequests {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AccountSettings settings;

    PasswordResetRequests(JdbcClient jdbc, Clock clock, AccountSettings settings) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.settings = settings;
    }

    /** Counts the request; empty when it is accepted, otherwise how long until the next one would be. */
    @Transactional
    public Optional<Duration> admit(String email, String clientAddress) {
        Instant now = clock.instant();
        jdbc.sql("DELETE FROM membership.request_window WHERE started_at <= :before")
            .param("before", Timestamp.from(now.minus(settings.passwordResetWindow()))).update();
        Optional<Duration> byAccount = count("reset-account", Accounts.normaliseEmail(email), settings.passwordResetsPerAccount(), now);
        Optional<Duration> byAddress = count("reset-address", LoginThrottle.clientKey(clientAddress), settings.passwordResetsPerAddress(), now);
        if (byAccount.isEmpty()) {
            return byAddress;
        }
        return byAddress.isEmpty() || byAccount.get().compareTo(byAddress.get()) > 0 ? byAccount : byAddress;
    }

    /** One statement counts and answers: a window older than {@code passwordResetWindow} starts again. */
    private Optional<Duration> count(String scope, String key, int limit, Instant now) {
        Instant windowStart = now.minus(settings.passwordResetWindow());
        Window window = jdbc.sql("""
                INSERT INTO membership.request_window AS w (scope, key, started_at, hits) VALUES (:scope, :key, :now, 1)
                ON CONFLICT (scope, key) DO UPDATE SET
                    hits = CASE WHEN w.started_at <= :windowStart THEN 1 ELSE w.hits + 1 END,
                    started_at = CASE WHEN w.started_at <= :windowStart THEN :now ELSE w.started_at END
                RETURNING hits, started_at""")
            .param("scope", scope).param("key", key.length() > 320 ? key.substring(0, 320) : key)
            .param("now", Timestamp.from(now)).param("windowStart", Timestamp.from(windowStart))
            .query((rs, n) -> new Window(rs.getInt(1), rs.getTimestamp(2).toInstant())).single();
        if (window.hits() <= limit) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, window.startedAt().plus(settings.passwordResetWindow())));
    }

    private record Window(int hits, Instant startedAt) {
    }
}
