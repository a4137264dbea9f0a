package coop.toitcommun.membership;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Throttles guesses of a secret (a password, a second-step code) per account and client address, counting and
 * deciding in one transaction that locks the account's row, then the pair's row: parallel attempts queue there, and
 * an attempt is counted as a failure before the secret is checked, so that no more than the allowed number are ever
 * checked.
 * <ul>
 *   <li>Each (account, address) pair has {@code maxLoginFailures} free failures; after that each try waits, from the
 *   last failure, {@code loginFirstDelay} doubled by each further failure up to {@code loginMaxDelay}. A refused try
 *   is answered at once with the time left: nothing sleeps.</li>
 *   <li>Beyond {@code loginAccountCeiling} failures on the account from all addresses, the addresses that have failed
 *   are refused, while an address that has not failed may still sign in with the right password: a stranger can slow
 *   down their own guesses, never the owner's sign-in from elsewhere.</li>
 *   <li>The login is counted whether or not an account has it, so no answer tells whether it exists.</li>
 * </ul>
 * Counting runs in its own transactions, so that a caller's rollback (a wrong password throws) never undoes a
 * count, and the rows stay locked only while counting, never while a password hash is computed.
 */
@Service
public class LoginThrottle {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AccountSettings settings;

    LoginThrottle(JdbcClient jdbc, Clock clock, AccountSettings settings) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.settings = settings;
    }

    /** Decides whether this try may be checked; when it may, it is counted as a failure until reported otherwise. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Attempt begin(AttemptKind kind, String login, String clientAddress) {
        Instant now = clock.instant();
        String key = normalise(login);
        String client = clientKey(clientAddress);
        Instant forgetBefore = now.minus(settings.loginFailureMemory());
        Counter account = jdbc.sql("""
                INSERT INTO membership.attempt_account (kind, login) VALUES (:kind, :login)
                ON CONFLICT (house_id, kind, login) DO UPDATE SET kind = EXCLUDED.kind
                RETURNING failures, last_failure_at""")
            .param("kind", kind.name()).param("login", key)
            .query((rs, n) -> new Counter(rs.getInt(1), instant(rs.getTimestamp(2)))).single().forgotten(forgetBefore);
        Counter pair = jdbc.sql("""
                INSERT INTO membership.attempt_pair (kind, login, client_address) VALUES (:kind, :login, :client)
                ON CONFLICT (house_id, kind, login, client_address) DO UPDATE SET kind = EXCLUDED.kind
                RETURNING failures, last_failure_at""")
            .param("kind", kind.name()).param("login", key).param("client", client)
            .query((rs, n) -> new Counter(rs.getInt(1), instant(rs.getTimestamp(2)))).single().forgotten(forgetBefore);

        if (pair.failures() >= settings.maxLoginFailures()) {
            Instant next = pair.lastFailureAt().plus(delayAfter(pair.failures()));
            if (now.isBefore(next)) {
                return new Attempt(kind, key, client, Attempt.Refusal.WAIT, Duration.between(now, next));
            }
        }
        if (account.failures() >= settings.loginAccountCeiling() && pair.failures() > 0) {
            return new Attempt(kind, key, client, Attempt.Refusal.ACCOUNT_CEILING, Duration.ZERO);
        }
        jdbc.sql("""
                UPDATE membership.attempt_account
                   SET failures = :failures, last_failure_at = :now,
                       unlock_offered_at = CASE WHEN :fresh THEN NULL ELSE unlock_offered_at END
                 WHERE kind = :kind AND login = :login""")
            .param("failures", account.failures() + 1).param("now", Timestamp.from(now))
            .param("fresh", account.failures() == 0).param("kind", kind.name()).param("login", key).update();
        jdbc.sql("""
                UPDATE membership.attempt_pair SET failures = :failures, last_failure_at = :now
                 WHERE kind = :kind AND login = :login AND client_address = :client""")
            .param("failures", pair.failures() + 1).param("now", Timestamp.from(now))
            .param("kind", kind.name()).param("login", key).param("client", client).update();
        return new Attempt(kind, key, client, null, Duration.ZERO);
    }

    /** The secret was right: the pair starts afresh, and the try no longer counts against the account. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void succeeded(Attempt attempt) {
        requireAllowed(attempt);
        jdbc.sql("DELETE FROM membership.attempt_pair WHERE kind = :kind AND login = :login AND client_address = :client")
            .param("kind", attempt.kind().name()).param("login", attempt.login()).param("client", attempt.clientKey())
            .update();
        jdbc.sql("UPDATE membership.attempt_account SET failures = greatest(failures - 1, 0) WHERE kind = :kind AND login = :login")
            .param("kind", attempt.kind().name()).param("login", attempt.login()).update();
    }

    /**
     * The secret was wrong; it stays counted. Says whether this failure is the first of the run to reach the
     * account's ceiling, when the owner should be offered an unlock link (once per run of failures).
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean failed(Attempt attempt) {
        requireAllowed(attempt);
        Instant now = clock.instant();
        Timestamp forgetBefore = Timestamp.from(now.minus(settings.loginFailureMemory()));
        jdbc.sql("DELETE FROM membership.attempt_account WHERE last_failure_at < :before").param("before", forgetBefore).update();
        return jdbc.sql("""
                UPDATE membership.attempt_account SET unlock_offered_at = :now
                 WHERE kind = :kind AND login = :login AND failures >= :ceiling AND unlock_offered_at IS NULL""")
            .param("now", Timestamp.from(now)).param("kind", attempt.kind().name()).param("login", attempt.login())
            .param("ceiling", settings.loginAccountCeiling()).update() == 1;
    }

    /**
     * The owner proved they read the account's email (an unlock link, a password reset): every failure on the
     * account's sign-in and second step is forgotten. Joins the caller's transaction.
     */
    @Transactional
    public void forgive(String login) {
        jdbc.sql("DELETE FROM membership.attempt_account WHERE login = :login AND kind IN ('SIGN_IN', 'SECOND_STEP')")
            .param("login", normalise(login)).update();
    }

    private Duration delayAfter(int failures) {
        int doublings = Math.min(failures - settings.maxLoginFailures(), 30);
        Duration delay = settings.loginFirstDelay().multipliedBy(1L << doublings);
        return delay.compareTo(settings.loginMaxDelay()) > 0 ? settings.loginMaxDelay() : delay;
    }

    private static void requireAllowed(Attempt attempt) {
        if (!attempt.allowed()) {
            throw new IllegalArgumentException("A refused attempt has no outcome");
        }
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    static String normalise(String login) {
        String value = login == null ? "" : login.trim().toLowerCase(Locale.ROOT);
        return value.length() > 320 ? value.substring(0, 320) : value;
    }

    /**
     * The address as counted: an IPv6 address by its /64 network, which one subscriber usually holds whole, so that
     * walking through it does not buy fresh tries.
     */
    static String clientKey(String clientAddress) {
        String address = clientAddress == null || clientAddress.isBlank() ? "unknown" : clientAddress.trim();
        if (address.indexOf(':') >= 0) {
            try {
                byte[] bytes = InetAddress.getByName(address).getAddress();
                if (bytes.length == 16) {
                    StringBuilder network = new StringBuilder();
                    for (int i = 0; i < 8; i += 2) {
                        network.append(Integer.toHexString(((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff))).append(':');
                    }
                    return network.append(":/64").toString();
                }
            } catch (UnknownHostException | SecurityException e) {
                // not an IPv6 literal after all: counted as written
            }
        }
        return address.length() > 64 ? address.substring(0, 64) : address;
    }

    /** A row's failures, read as none once the last one is older than the memory. */
    private record Counter(int failures, Instant lastFailureAt) {
        Counter forgotten(Instant before) {
            return lastFailureAt == null || lastFailureAt.isBefore(before) ? new Counter(0, null) : this;
        }
    }
}
