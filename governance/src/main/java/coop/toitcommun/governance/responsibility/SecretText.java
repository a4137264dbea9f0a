package coop.toitcommun.governance.responsibility;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A handover note says where things are, never the secrets themselves. This refuses text that obviously holds one:
 * a word for a secret (mot de passe, mdp, password, passwd, pwd, passphrase, passcode, digicode, code, code PIN,
 * code secret, code d'accès, code de l'alarme, code du coffre, code de la porte, code wifi, PIN) followed by ":" or
 * "=" and a value, or followed by "est" / "is" and a value with three digits or more
 * ("le code est 4512"). Accents and case do not matter. "Le code est dans le classeur bleu" passes.
 */
final class SecretText {

    private static final String WORD = "(?:mots?\\s+de\\s+passe|mdp|password|passwd|pwd|passphrase|passcode|digicode|"
        + "code(?:\\s+(?:pin|secret|d['’]acces|de\\s+l['’]alarme|alarme|du\\s+coffre|de\\s+la\\s+porte|porte|wifi|wi-fi))?|"
        + "pin)";
    private static final Pattern AFTER_COLON = Pattern.compile("\\b" + WORD + "\\s*[:=：]\\s*\\S");
    private static final Pattern SAID_WITH_DIGITS = Pattern.compile("\\b" + WORD + "\\s+(?:est|is)\\s*:?\\s*\\S*\\d\\S*\\d\\S*\\d");

    private SecretText() {
    }

    static boolean holdsASecret(String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        return AFTER_COLON.matcher(plain).find() || SAID_WITH_DIGITS.matcher(plain).find();
    }
}
