package coop.toitcommun.web.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.ParseException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.junit.jupiter.api.Test;
import org.springframework.core.convert.ConversionFailedException;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.format.support.DefaultFormattingConversionService;

/** The rules every value of a request goes through, without the application around them. */
class InputDisciplineTests {

    private final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

    record Note(@Text(max = 10, column = Text.NOT_STORED) String text, List<@Text(max = 3, column = Text.NOT_STORED) String> tags) {
    }

    @Test
    void tabsAndNewLinesArePlainTextButNoOtherControlCharacter() {
        assertThat(PlainText.Validator.isPlain("une ligne\r\nune autre\tet une tabulation")).isTrue();
        for (char control = 0; control < 0x20; control++) {
            if (control != '\t' && control != '\n' && control != '\r') {
                assertThat(PlainText.Validator.isPlain("a" + control + "b")).as("U+%04X", (int) control).isFalse();
            }
        }
        assertThat(PlainText.Validator.isPlain("Café « Tiers-lieu » — 🏠")).isTrue();
    }

    @Test
    void aTextReportsControlCharactersAndLengthEachWithItsOwnRule() {
        assertThat(rules(new Note("ok", List.of("a")))).isEmpty();
        assertThat(rules(new Note("a\u0000b", List.of()))).containsExactly("PlainText");
        assertThat(rules(new Note("onze lettres", List.of()))).containsExactly("Size");
        assertThat(rules(new Note("douze\u0007lettres", List.of()))).containsExactlyInAnyOrder("PlainText", "Size");
        assertThat(rules(new Note(null, List.of("abcd", "\u001b")))).containsExactlyInAnyOrder("Size", "PlainText");
    }

    @Test
    void aFieldSentTwiceCannotBeReadWhateverItsType() {
        DefaultFormattingConversionService conversions = new DefaultFormattingConversionService();
        new InputConfiguration().addFormatters(conversions);
        TypeDescriptor texts = TypeDescriptor.valueOf(String[].class);

        assertThat(conversions.convert(new String[] {"12"}, texts, TypeDescriptor.valueOf(Long.class))).isEqualTo(12L);
        for (Class<?> type : List.of(String.class, Long.class, LocalDate.class, Locale.Category.class)) {
            assertThatThrownBy(() -> conversions.convert(new String[] {"FORMAT", "FORMAT"}, texts, TypeDescriptor.valueOf(type)))
                .as(type.getSimpleName()).isInstanceOf(ConversionFailedException.class)
                .hasRootCauseInstanceOf(SingleValue.SentTwiceException.class);
        }
        assertThat(conversions.convert(new String[] {"a", "b"}, texts, TypeDescriptor.collection(List.class, TypeDescriptor.valueOf(String.class))))
            .as("a list takes several values").isEqualTo(List.of("a", "b"));
    }

    @Test
    void aDateOutsideFourDigitYearsCannotBeRead() throws ParseException {
        InputConfiguration.DayFormatter days = new InputConfiguration.DayFormatter();
        assertThat(days.parse("2026-12-01", Locale.FRENCH)).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(days.parse("9999-12-31", Locale.FRENCH)).isEqualTo(LocalDate.of(9999, 12, 31));
        for (String unreadable : List.of("2026-02-30", "+300000-01-01", "-999999-01-01", "0999-12-31", "01/12/2026")) {
            assertThatThrownBy(() -> days.parse(unreadable, Locale.FRENCH)).as(unreadable).isInstanceOf(ParseException.class);
        }
    }

    private Set<String> rules(Note note) {
        return validator.validate(note).stream()
            .map(ConstraintViolation::getConstraintDescriptor)
            .map(d -> d.getAnnotation().annotationType().getSimpleName())
            .collect(Collectors.toSet());
    }
}
