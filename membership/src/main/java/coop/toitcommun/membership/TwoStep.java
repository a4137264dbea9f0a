package coop.toitcommun.membership;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

import coop.toitcommun.membership.account.Totp;
import coop.toitcommun.membership.account.UserAccountRepository;
import org.apache.commons.codec.binary.Base32;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two-step sign-in: after the password, a six-digit code from an authenticator app (TOTP, RFC 6238), or one of ten
 * recovery codes. The secret is kept pending until a first code proves the app has it; a code works once; recovery
 * codes are shown once and kept as salted hashes. Whether the second step is required of admins, co-founders and
 * mandate holders is the house's policy, set by an admin; who holds a mandate is governance's to say
 * ({@link MandateHolders}). Guesses of codes are throttled apart from passwords.
 */
@Service
public class TwoStep {

    public static final int RECOVERY_CODES = 10;

    private static final String ISSUER = "Le Toit Commun";
    private static final String RECOVERY_ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz";
    private static final int RECOVERY_LENGTH = 10;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final HouseRights rights;
    private final ObjectProvider<MandateHolders> mandateHolders;
    private final UserAccountRepository accounts;
    private final LoginThrottle throttle;
    private final PasswordConfirmations confirmations;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final Totp totp = new Totp();

    TwoStep(JdbcClient jdbc, UserAccountRepository accounts, LoginThrottle throttle, PasswordConfirmations confirmations,
            PlatformTransactionManager transactions, HouseRights rights, ObjectProvider<MandateHolders> mandateHolders,
            Clock clock) {
        this.mandateHolders = mandateHolders;
        this.rights = rights;
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.throttle = throttle;
        this.confirmations = confirmations;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    public boolean isEnabled(long personId) {
        return jdbc.sql("SELECT count(*) > 0 FROM membership.second_factor WHERE person_id = :person AND confirmed_at IS NOT NULL")
            .param("person", personId).query(Boolean.class).single();
    }

    /** Among these people, those who sign in in two steps: one query for a page of accounts. */
    public Set<Long> enabledAmong(Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("SELECT person_id FROM membership.second_factor WHERE person_id IN (:people) AND confirmed_at IS NOT NULL")
            .param("people", personIds).query(Long.class).list());
    }

    /** Draws a new secret for the person's app, replacing any pending one; refused while the second step is on. */
    public TwoStepEnrolment begin(long personId) {
        byte[] secret = new byte[20];
        RANDOM.nextBytes(secret);
        int drawn = jdbc.sql("""
                INSERT INTO membership.second_factor (person_id, secret, created_at) VALUES (:person, :secret, :now)
                ON CONFLICT (person_id) DO UPDATE SET secret = EXCLUDED.secret, created_at = EXCLUDED.created_at
                 WHERE second_factor.confirmed_at IS NULL""")
            .param("person", personId).param("secret", secret).param("now", Timestamp.from(clock.instant())).update();
        if (drawn == 0) {
            throw new AccountRuleException("twoStepAlreadyOn");
        }
        return enrolment(personId, secret);
    }

    /** The secret drawn by {@link #begin} and not yet confirmed, to show again. */
    public Optional<TwoStepEnrolment> pendingEnrolment(long personId) {
        return jdbc.sql("SELECT secret FROM membership.second_factor WHERE person_id = :person AND confirmed_at IS NULL")
            .param("person", personId).query(byte[].class).optional().map(secret -> enrolment(personId, secret));
    }

    /**
     * The first code proves the app has the secret: the second step is on from now, the person's other sessions end,
     * and the recovery codes are returned, to be shown once.
     *
     * @throws WrongCodeException when the code does not match the pending secret
     */
    public List<String> confirm(long personId, String code) {
        byte[] secret = jdbc.sql("SELECT secret FROM membership.second_factor WHERE person_id = :person AND confirmed_at IS NULL")
            .param("person", personId).query(byte[].class).optional().orElseThrow(WrongCodeException::new);
        OptionalLong step = totp.matchingStep(secret, digits(code), clock.instant());
        if (step.isEmpty()) {
            throw new WrongCodeException();
        }
        return transaction.execute(status -> {
            int confirmed = jdbc.sql("""
                    UPDATE membership.second_factor SET confirmed_at = :now, last_used_step = :step
                     WHERE person_id = :person AND confirmed_at IS NULL AND secret = :secret""")
                .param("now", Timestamp.from(clock.instant())).param("step", step.getAsLong())
                .param("person", personId).param("secret", secret).update();
            if (confirmed == 0) {
                throw new WrongCodeException();
            }
            return replaceRecoveryCodes(personId);
        });
    }

    /**
     * The second step of signing in: a code of the app, or an unused recovery code, which is then used up.
     *
     * @throws TooManyAttemptsException when too many wrong codes came before; this one was not checked
     * @throws WrongCodeException when it is neither
     */
    public void verifySignIn(long personId, String code, String clientAddress) {
        String email = accounts.findWithPerson(personId).orElseThrow(AccountNotFoundException::new).getPerson().getEmail();
        Attempt attempt = throttle.begin(AttemptKind.SECOND_STEP, email, clientAddress);
        if (!attempt.allowed()) {
            throw new TooManyAttemptsException(attempt);
        }
        if (acceptAppCode(personId, code) || useRecoveryCode(personId, code)) {
            throttle.succeeded(attempt);
            return;
        }
        throttle.failed(attempt);
        throw new WrongCodeException();
    }

    /** Turns the second step off once the person confirmed their password; their other sessions end. */
    /** Turns the second step off, once the person confirmed their password; never for those the policy requires it of. */
    public void disable(long personId, String password, String clientAddress) {
        if (requiredOf(personId)) {
            throw new AccountRuleException("twoStepRequired");
        }
        confirmations.confirm(personId, password, clientAddress);
        jdbc.sql("DELETE FROM membership.second_factor WHERE person_id = :person").param("person", personId).update();
    }

    /** Ten new recovery codes in place of the old ones, once the person confirmed their password. */
    public List<String> renewRecoveryCodes(long personId, String password, String clientAddress) {
        confirmations.confirm(personId, password, clientAddress);
        if (!isEnabled(personId)) {
            throw new AccountRuleException("twoStepOff");
        }
        return transaction.execute(status -> replaceRecoveryCodes(personId));
    }

    public int recoveryCodesLeft(long personId) {
        return jdbc.sql("SELECT count(*) FROM membership.recovery_code WHERE person_id = :person AND used_at IS NULL")
            .param("person", personId).query(Integer.class).single();
    }

    /** An admin turns the second step off for someone who lost their phone and their codes. */
    public void resetByAdmin(long adminId, long personId) {
        rights.requireAdmin(adminId);
        jdbc.sql("DELETE FROM membership.second_factor WHERE person_id = :person").param("person", personId).update();
    }

    /** Whether this person must sign in in two steps (and so may not turn it off): the policy, if they decide or hold a mandate. */
    public boolean requiredOf(long personId) {
        MandateHolders holders = mandateHolders.getIfAvailable();
        return isRequired() && (rights.decides(personId) || holders != null && holders.holdsAMandateToday(personId));
    }

    /** Whether admins, co-founders and mandate holders must sign in in two steps. */
    public boolean isRequired() {
        return jdbc.sql("SELECT two_step_required FROM membership.sign_in_policy").query(Boolean.class).single();
    }

    /** An admin decides whether admins, co-founders and mandate holders sign in in two steps. */
    public void setRequired(long adminId, boolean required) {
        rights.requireAdmin(adminId);
        jdbc.sql("UPDATE membership.sign_in_policy SET two_step_required = :required").param("required", required).update();
    }

    private boolean acceptAppCode(long personId, String code) {
        String typed = digits(code);
        if (typed.length() != 6) {
            return false;
        }
        Optional<byte[]> secret = jdbc.sql("SELECT secret FROM membership.second_factor WHERE person_id = :person AND confirmed_at IS NOT NULL")
            .param("person", personId).query(byte[].class).optional();
        OptionalLong step = secret.map(s -> totp.matchingStep(s, typed, clock.instant())).orElse(OptionalLong.empty());
        // a code works once: its step must come after the last one accepted, in one conditional update
        return step.isPresent() && jdbc.sql("""
                UPDATE membership.second_factor SET last_used_step = :step
                 WHERE person_id = :person AND confirmed_at IS NOT NULL AND last_used_step < :step""")
            .param("step", step.getAsLong()).param("person", personId).update() == 1;
    }

    private boolean useRecoveryCode(long personId, String code) {
        String typed = recoveryForm(code);
        if (typed.length() != RECOVERY_LENGTH) {
            return false;
        }
        record Stored(long id, byte[] salt, byte[] hash) { }
        List<Stored> unused = jdbc.sql("SELECT id, salt, code_hash FROM membership.recovery_code WHERE person_id = :person AND used_at IS NULL")
            .param("person", personId).query((rs, n) -> new Stored(rs.getLong(1), rs.getBytes(2), rs.getBytes(3))).list();
        for (Stored stored : unused) {
            if (MessageDigest.isEqual(hash(stored.salt(), typed), stored.hash())) {
                return jdbc.sql("UPDATE membership.recovery_code SET used_at = :now WHERE id = :id AND used_at IS NULL")
                    .param("now", Timestamp.from(clock.instant())).param("id", stored.id()).update() == 1;
            }
        }
        return false;
    }

    private List<String> replaceRecoveryCodes(long personId) {
        jdbc.sql("DELETE FROM membership.recovery_code WHERE person_id = :person").param("person", personId).update();
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            StringBuilder code = new StringBuilder();
            for (int c = 0; c < RECOVERY_LENGTH; c++) {
                code.append(RECOVERY_ALPHABET.charAt(RANDOM.nextInt(RECOVERY_ALPHABET.length())));
            }
            byte[] salt = new byte[16];
            RANDOM.nextBytes(salt);
            jdbc.sql("INSERT INTO membership.recovery_code (person_id, salt, code_hash) VALUES (:person, :salt, :hash)")
                .param("person", personId).param("salt", salt).param("hash", hash(salt, code.toString())).update();
            codes.add(code.substring(0, RECOVERY_LENGTH / 2) + "-" + code.substring(RECOVERY_LENGTH / 2));
        }
        return codes;
    }

    private TwoStepEnrolment enrolment(long personId, byte[] secret) {
        String email = accounts.findWithPerson(personId).orElseThrow(AccountNotFoundException::new).getPerson().getEmail();
        String base32 = new Base32().encodeToString(secret).replace("=", "");
        String label = encode(ISSUER) + ":" + encode(email);
        String uri = "otpauth://totp/" + label + "?secret=" + base32 + "&issuer=" + encode(ISSUER)
            + "&algorithm=SHA1&digits=6&period=30";
        return new TwoStepEnrolment(base32.replaceAll("(.{4})(?!$)", "$1 "), uri);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String digits(String code) {
        return code == null ? "" : code.replaceAll("[\\s-]", "");
    }

    /** A recovery code as stored: lower case, without the dash or spaces people may type. */
    private static String recoveryForm(String code) {
        return code == null ? "" : code.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
    }

    private static byte[] hash(byte[] salt, String code) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(salt);
            return digest.digest(code.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
