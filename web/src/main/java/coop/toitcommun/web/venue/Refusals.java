package coop.toitcommun.web.venue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import coop.toitcommun.venue.BookingConflictException;
import coop.toitcommun.venue.BookingRefusedException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** A refusal of the venue's rules as a sentence in the reader's language, dates and times written the local way. */
@Component
public class Refusals {

    private final MessageSource messages;

    Refusals(MessageSource messages) {
        this.messages = messages;
    }

    /**
     * A taken room (409, with what collides and the alternatives, as {@code conflict}) or a refusal (422, with its
     * reason, as {@code refusal}), for the form that is shown again.
     */
    public void show(RuntimeException problem, Model model, HttpServletResponse response) {
        if (problem instanceof BookingConflictException conflict) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("conflict", conflict.conflict());
        } else {
            response.setStatus(422);
            model.addAttribute("refusal", text((BookingRefusedException) problem));
        }
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
