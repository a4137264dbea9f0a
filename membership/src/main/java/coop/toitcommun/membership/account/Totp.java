package coop.toitcommun.membership.account;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.OptionalLong;

import javax.crypto.spec.SecretKeySpec;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;

/**
 * Time-based one-time passwords (RFC 6238) as authenticator apps compute them by default: HMAC-SHA1, six digits,
 * thirty-second steps. The computation is java-otp's; this class says which steps are accepted.
 */
public final class Totp {

    /** Codes of the step before and after the current one are accepted too: phones' clocks drift. */
    private static final int TOLERATED_STEPS = 1;

    private final TimeBasedOneTimePasswordGenerator generator;
    private final long stepSeconds;

    public Totp() {
        this(Duration.ofSeconds(30), 6, TimeBasedOneTimePasswordGenerator.TOTP_ALGORITHM_HMAC_SHA1);
    }

    Totp(Duration step, int digits, String algorithm) {
        this.generator = new TimeBasedOneTimePasswordGenerator(step, digits, algorithm);
        this.stepSeconds = step.toSeconds();
    }

    public long stepAt(Instant instant) {
        return Math.floorDiv(instant.getEpochSecond(), stepSeconds);
    }

    /** The code of one time step, with its leading zeros. */
    public String code(byte[] secret, long step) {
        try {
            return generator.generateOneTimePasswordString(new SecretKeySpec(secret, generator.getAlgorithm()),
                Instant.ofEpochSecond(step * stepSeconds), Locale.ROOT);
        } catch (InvalidKeyException e) {
            throw new IllegalStateException("An HMAC key of any length is valid", e);
        }
    }

    /** The step, around {@code now}, whose code this is; empty when none matches. Compared in constant time. */
    public OptionalLong matchingStep(byte[] secret, String code, Instant now) {
        long current = stepAt(now);
        byte[] typed = code.getBytes(StandardCharsets.US_ASCII);
        long found = -1;
        for (long step = current - TOLERATED_STEPS; step <= current + TOLERATED_STEPS; step++) {
            if (MessageDigest.isEqual(code(secret, step).getBytes(StandardCharsets.US_ASCII), typed)) {
                found = step;
            }
        }
        return found < 0 ? OptionalLong.empty() : OptionalLong.of(found);
    }
}
