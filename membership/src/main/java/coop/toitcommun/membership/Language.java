package coop.toitcommun.membership;

import java.util.Locale;
import java.util.Optional;

/** The languages the house speaks; French comes first. */
public enum Language {
    FR, EN;

    public static final Language DEFAULT = FR;

    public String tag() {
        return name().toLowerCase(Locale.ROOT);
    }

    public Locale locale() {
        return Locale.forLanguageTag(tag());
    }

    public static Optional<Language> fromTag(String tag) {
        if (tag == null) {
            return Optional.empty();
        }
        String language = Locale.forLanguageTag(tag.replace('_', '-')).getLanguage();
        for (Language candidate : values()) {
            if (candidate.tag().equals(language)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    public static Language of(Locale locale) {
        return locale == null ? DEFAULT : fromTag(locale.toLanguageTag()).orElse(DEFAULT);
    }
}
