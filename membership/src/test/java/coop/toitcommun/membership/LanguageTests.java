package coop.toitcommun.membership;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

class LanguageTests {

    @Test
    void readsTagsAndLocales() {
        assertThat(Language.fromTag("en-GB")).contains(Language.EN);
        assertThat(Language.fromTag("fr_FR")).contains(Language.FR);
        assertThat(Language.fromTag("de")).isEmpty();
        assertThat(Language.fromTag(null)).isEmpty();
        assertThat(Language.of(Locale.GERMAN)).isEqualTo(Language.FR);
        assertThat(Language.of(Locale.ENGLISH).locale()).isEqualTo(Locale.ENGLISH);
    }
}
