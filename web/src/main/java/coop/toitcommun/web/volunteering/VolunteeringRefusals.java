package coop.toitcommun.web.volunteering;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import coop.toitcommun.venue.volunteering.VolunteeringActor;
import coop.toitcommun.venue.volunteering.VolunteeringRefusedException;
import coop.toitcommun.web.security.SignedInPerson;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A refusal of volunteering's rules as a sentence in the reader's language; who acts, from the session. */
@Component
class VolunteeringRefusals {

    private final MessageSource messages;

    VolunteeringRefusals(MessageSource messages) {
        this.messages = messages;
    }

    String text(VolunteeringRefusedException refusal) {
        Locale locale = LocaleContextHolder.getLocale();
        Object[] arguments = refusal.arguments();
        for (int i = 0; i < arguments.length; i++) {
            if (arguments[i] instanceof LocalDate date) {
                arguments[i] = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
            }
        }
        return messages.getMessage(refusal.reason(), arguments, locale);
    }

    /** Makes a change and flashes, for the page the caller redirects to, its success message or its refusal. */
    void flash(RedirectAttributes redirect, String success, Runnable change) {
        try {
            change.run();
            redirect.addFlashAttribute("flashSuccess", success);
        } catch (VolunteeringRefusedException e) {
            redirect.addFlashAttribute("refusal", text(e));
        }
    }

    static VolunteeringActor actor(SignedInPerson person) {
        return VolunteeringActor.of(person.getPersonId(), person.getRoles());
    }
}
