package coop.toitcommun.membership;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Refuses sign-in for a while after too many failures for one login or from one client address.
 * The login is counted whether or not an account exists for it, so the answer tells nothing.
 */
@Service
public class LoginThrottle {

    private static final Duration KEPT_FOR = Duration.ofDays(1);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final int maxFailures;
    private final Duration window;

    LoginThrottle(JdbcClient jdbc, Clock clock, AccountSettings settings) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.maxFailures = settings.maxLoginFailures();
        this.window = settings.loginBlockDuration();
    }

    /**
     * Blocked when, within the last window, some failure was the {@code maxFailures}-th one of a window:
     * the refusal then lasts one window from that failure.
     */
    @Transactional(readOnly = true)
    public boolean isBlocked(String login, String clientAddress) {
        Instant now = clock.instant();
        return tripped(failures("login", normalise(login), now), now)
            || tripped(failures("client_address", clientAddress, now), now);
    }

    @Transactional
    public void recordFailure(String login, String clientAddress) {
        Instant now = clock.instant();
        jdbc.sql("DELETE FROM membership.login_failure WHERE failed_at < :before")
            .param("before", Timestamp.from(now.minus(KEPT_FOR))).update();
        jdbc.sql("INSERT INTO membership.login_failure (login, client_address, failed_at) VALUES (:login, :address, :at)")
            .param("login", normalise(login)).param("address", clientAddress).param("at", Timestamp.from(now))
            .update();
    }

    /** A successful sign-in forgets the login's failures (not the address's). */
    @Transactional
    public void recordSuccess(String login) {
        jdbc.sql("DELETE FROM membership.login_failure WHERE login = :login").param("login", normalise(login)).update();
    }

    private List<Instant> failures(String column, String key, Instant now) {
        return jdbc.sql("SELECT failed_at FROM membership.login_failure WHERE " + column + " = :key AND failed_at > :since ORDER BY failed_at")
            .param("key", key).param("since", Timestamp.from(now.minus(window.multipliedBy(2))))
            .query((rs, row) -> rs.getTimestamp(1).toInstant()).list();
    }

    private boolean tripped(List<Instant> failures, Instant now) {
        for (int last = maxFailures - 1; last < failures.size(); last++) {
            Instant trippedAt = failures.get(last);
            boolean withinOneWindow = !trippedAt.isAfter(failures.get(last - maxFailures + 1).plus(window));
            if (withinOneWindow && trippedAt.plus(window).isAfter(now)) {
                return true;
            }
        }
        return false;
    }

    private static String normalise(String login) {
        String value = login == null ? "" : login.trim().toLowerCase(Locale.ROOT);
        return value.length() > 320 ? value.substring(0, 320) : value;
    }
}

