package coop.toitcommun.web.support;

import java.security.InvalidKeyException;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import javax.crypto.spec.SecretKeySpec;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import org.apache.commons.codec.binary.Base32;

/** An authenticator app, as a test holds it: the key shown on the enrolment page, and the codes it gives. */
public final class Authenticator {

    private final TimeBasedOneTimePasswordGenerator generator = new TimeBasedOneTimePasswordGenerator();
    private final SecretKeySpec key;

    /** From the key as the page shows it (Base32 in groups). */
    public Authenticator(String shownKey) {
        this.key = new SecretKeySpec(new Base32().decode(shownKey.replace(" ", "")), generator.getAlgorithm());
    }

    /** The code of the time step {@code stepsAhead} steps from now: a code a step ahead is still accepted, once. */
    public String code(int stepsAhead) {
        try {
            Instant at = Instant.now().plus(generator.getTimeStep().multipliedBy(stepsAhead));
            return generator.generateOneTimePasswordString(key, at, Locale.ROOT);
        } catch (InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Duration step() {
        return TimeBasedOneTimePasswordGenerator.DEFAULT_TIME_STEP;
    }
}
