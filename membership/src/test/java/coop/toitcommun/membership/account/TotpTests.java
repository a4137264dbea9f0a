package coop.toitcommun.membership.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class TotpTests {

    private static final byte[] SHA1_SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SHA256_SEED = "12345678901234567890123456789012".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SHA512_SEED = ("1234567890".repeat(6) + "1234").getBytes(StandardCharsets.US_ASCII);

    /** The test vectors of RFC 6238, appendix B: eight digits, thirty-second steps, the three HMACs. */
    @ParameterizedTest
    @CsvSource({
        "59,          94287082, 46119246, 90693936",
        "1111111109,  07081804, 68084774, 25091201",
        "1111111111,  14050471, 67062674, 99943326",
        "1234567890,  89005924, 91819424, 93441116",
        "2000000000,  69279037, 90698825, 38618901",
        "20000000000, 65353130, 77737706, 47863826"
    })
    void theCodesOfRfc6238(long epochSecond, String sha1, String sha256, String sha512) {
        Instant time = Instant.ofEpochSecond(epochSecond);
        assertThat(code("HmacSHA1", SHA1_SEED, time)).isEqualTo(sha1);
        assertThat(code("HmacSHA256", SHA256_SEED, time)).isEqualTo(sha256);
        assertThat(code("HmacSHA512", SHA512_SEED, time)).isEqualTo(sha512);
    }

    @Test
    void theStepsAroundNowAreAcceptedAndNoOther() {
        Totp totp = new Totp();
        Instant now = Instant.ofEpochSecond(1_234_567_890);
        long current = totp.stepAt(now);

        assertThat(totp.matchingStep(SHA1_SEED, totp.code(SHA1_SEED, current), now)).hasValue(current);
        assertThat(totp.matchingStep(SHA1_SEED, totp.code(SHA1_SEED, current - 1), now)).hasValue(current - 1);
        assertThat(totp.matchingStep(SHA1_SEED, totp.code(SHA1_SEED, current + 1), now)).hasValue(current + 1);
        assertThat(totp.matchingStep(SHA1_SEED, totp.code(SHA1_SEED, current - 2), now)).isEmpty();
        assertThat(totp.code(SHA1_SEED, current)).hasSize(6).containsOnlyDigits();
    }

    private static String code(String algorithm, byte[] seed, Instant time) {
        Totp totp = new Totp(Duration.ofSeconds(30), 8, algorithm);
        return totp.code(seed, totp.stepAt(time));
    }
}
