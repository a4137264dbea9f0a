package coop.toitcommun.web.input;

import java.text.ParseException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.ConversionService;
import org.springframework.format.Formatter;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * How every request parameter is read, whatever controller receives it: a field sent twice cannot be read, and
 * neither can a date outside the years 1000 to 9999 (PostgreSQL and the pages could not hold it).
 */
@Configuration(proxyBeanMethods = false)
class InputConfiguration implements WebMvcConfigurer {

    static final LocalDate FIRST_DAY = LocalDate.of(1000, 1, 1);
    static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 31);

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addFormatterForFieldType(LocalDate.class, new DayFormatter());
        registry.addConverter(new SingleValue((ConversionService) registry));
    }

    /** ISO dates ({@code 2026-12-01}, as date fields send them) of four-digit years. */
    static final class DayFormatter implements Formatter<LocalDate> {

        @Override
        public LocalDate parse(String text, Locale locale) throws ParseException {
            try {
                LocalDate day = LocalDate.parse(text.trim());
                if (day.isBefore(FIRST_DAY) || day.isAfter(LAST_DAY)) {
                    throw new ParseException("Date out of range: " + text, 0);
                }
                return day;
            } catch (DateTimeParseException e) {
                throw new ParseException(e.getMessage(), e.getErrorIndex());
            }
        }

        @Override
        public String print(LocalDate day, Locale locale) {
            return day.toString();
        }
    }
}
