package coop.toitcommun.membership;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.stereotype.Component;

/**
 * At least 12 characters, at most 128, not a common password, not the email address.
 * The common passwords come from zxcvbn-ts (MIT), shipped in resources.
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private final Set<String> commonPasswords;

    public PasswordPolicy() {
        this.commonPasswords = loadCommonPasswords();
    }

    public List<PasswordProblem> problems(String password, String email) {
        List<PasswordProblem> problems = new ArrayList<>();
        String candidate = password == null ? "" : password;
        int length = candidate.codePointCount(0, candidate.length());
        if (length < MIN_LENGTH) {
            problems.add(PasswordProblem.TOO_SHORT);
        }
        if (length > MAX_LENGTH) {
            problems.add(PasswordProblem.TOO_LONG);
        }
        String lowered = candidate.toLowerCase(Locale.ROOT);
        if (commonPasswords.contains(lowered)) {
            problems.add(PasswordProblem.COMMON);
        }
        if (email != null && lowered.equals(email.trim().toLowerCase(Locale.ROOT))) {
            problems.add(PasswordProblem.SAME_AS_EMAIL);
        }
        return problems;
    }

    public void check(String password, String email) {
        List<PasswordProblem> problems = problems(password, email);
        if (!problems.isEmpty()) {
            throw new InvalidPasswordException(problems);
        }
    }

    private static Set<String> loadCommonPasswords() {
        var resource = PasswordPolicy.class.getResourceAsStream("common-passwords.txt");
        if (resource == null) {
            throw new IllegalStateException("common-passwords.txt is missing from the membership module");
        }
        Set<String> passwords = new HashSet<>(65_536);
        try (var reader = new BufferedReader(new InputStreamReader(resource, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    passwords.add(line.trim().toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(passwords);
    }
}
