package coop.toitcommun.web.venue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import coop.toitcommun.venue.BookingRefusedException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** A refusal of the venue's rules as a sentence in the reader's language, dates and times written the local way. */
@Component
public class Refusals {

    private final MessageSource messages;

    Refusals(MessageSource messages) {
        this.messages = messages;
    }

    public String text(BookingRefusedException refusal) {
        Locale locale = LocaleContextHolder.getLocale();
        Object[] arguments = refusal.arguments();
        for (int i = 0; i < arguments.length; i++) {
            if (arguments[i] instanceof LocalDate date) {
                arguments[i] = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
            } else if (arguments[i] instanceof LocalTime time) {
                arguments[i] = DateTimeFormatter.ofPattern("HH:mm").format(time);
            } else if (arguments[i] != null && !(arguments[i] instanceof String)) {
                arguments[i] = String.valueOf(arguments[i]);
            }
        }
        return messages.getMessage(refusal.reason(), arguments, locale);
    }
}
