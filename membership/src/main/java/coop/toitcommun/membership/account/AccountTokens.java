package coop.toitcommun.membership.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Single-use tokens sent by email. Only the SHA-256 of a token is stored; using one is a single
 * conditional UPDATE, so two concurrent uses cannot both succeed.
 */
@Component
public class AccountTokens {

    public enum Purpose { INVITATION, PASSWORD_RESET, SIGN_IN_UNLOCK }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Clock clock;

    AccountTokens(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Creates a token, retiring the person's earlier unused ones of the same purpose. */
    public String issue(long personId, Purpose purpose, Instant expiresAt) {
        Instant now = clock.instant();
        jdbc.sql("""
                UPDATE membership.account_token SET used_at = :now
                 WHERE person_id = :person AND purpose = :purpose AND used_at IS NULL""")
            .param("now", Timestamp.from(now)).param("person", personId).param("purpose", purpose.name())
            .update();
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.sql("""
                INSERT INTO membership.account_token (person_id, purpose, token_hash, created_at, expires_at)
                VALUES (:person, :purpose, :hash, :now, :expires)""")
            .param("person", personId).param("purpose", purpose.name()).param("hash", hash(token))
            .param("now", Timestamp.from(now)).param("expires", Timestamp.from(expiresAt))
            .update();
        return token;
    }

    /** The person a still valid token belongs to, without using it. */
    public Optional<Long> holder(String token, Purpose purpose) {
        if (!wellFormed(token)) {
            return Optional.empty();
        }
        return jdbc.sql("""
                SELECT person_id FROM membership.account_token
                 WHERE token_hash = :hash AND purpose = :purpose AND used_at IS NULL AND expires_at > :now""")
            .param("hash", hash(token)).param("purpose", purpose.name()).param("now", Timestamp.from(clock.instant()))
            .query(Long.class).optional();
    }

    /** Marks a valid token used and returns its person; empty when unknown, expired or already used. */
    public Optional<Long> use(String token, Purpose purpose) {
        if (!wellFormed(token)) {
            return Optional.empty();
        }
        return jdbc.sql("""
                UPDATE membership.account_token SET used_at = :now
                 WHERE token_hash = :hash AND purpose = :purpose AND used_at IS NULL AND expires_at > :now
                RETURNING person_id""")
            .param("hash", hash(token)).param("purpose", purpose.name()).param("now", Timestamp.from(clock.instant()))
            .query(Long.class).optional();
    }

    private static boolean wellFormed(String token) {
        return token != null && token.length() >= 20 && token.length() <= 100;
    }

    private static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
