package coop.toitcommun.web.venue;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import coop.toitcommun.membership.Accounts;
import coop.toitcommun.membership.AccountView;
import coop.toitcommun.membership.Language;
import coop.toitcommun.membership.People;
import coop.toitcommun.membership.PersonRef;
import coop.toitcommun.venue.BookingDecided;
import coop.toitcommun.venue.BookingView;
import coop.toitcommun.venue.ClosureAnnounced;
import coop.toitcommun.web.WebSettings;
import coop.toitcommun.web.mail.MailOutbox;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/** Tells bookers, in their language, what employees decided about their bookings and which closures hit them. */
@Component
class VenueMails {

    private final MailOutbox outbox;
    private final MessageSource messages;
    private final WebSettings settings;
    private final People people;
    private final Accounts accounts;

    VenueMails(MailOutbox outbox, MessageSource messages, WebSettings settings, People people, Accounts accounts) {
        this.outbox = outbox;
        this.messages = messages;
        this.settings = settings;
        this.people = people;
        this.accounts = accounts;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(BookingDecided decided) {
        people.find(decided.bookedBy()).ifPresent(person -> {
            Locale locale = localeOf(person);
            String key = "mail.venue." + decided.decision().name().toLowerCase(Locale.ROOT);
            String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT).withLocale(locale)
                .format(decided.start());
            String reason = decided.reason() == null ? "" : decided.reason();
            outbox.send(person.email(), messages.getMessage(key + ".subject", new Object[] {decided.title()}, locale),
                messages.getMessage(key + ".body", new Object[] {person.displayName(), decided.title(), decided.roomName(), when,
                    reason, settings.link("/bookings/" + decided.bookingId())}, locale));
        });
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ClosureAnnounced closure) {
        for (BookingView booking : closure.hitBookings()) {
            people.find(booking.bookedBy()).ifPresent(person -> {
                Locale locale = localeOf(person);
                DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT)
                    .withLocale(locale);
                outbox.send(person.email(), messages.getMessage("mail.venue.closure.subject", new Object[] {booking.title()}, locale),
                    messages.getMessage("mail.venue.closure.body", new Object[] {person.displayName(), booking.title(),
                        booking.roomName(), format.format(booking.start()), closure.closure().reason(),
                        format.format(closure.closure().start()), format.format(closure.closure().end()),
                        settings.link("/bookings/" + booking.id())}, locale));
            });
        }
    }

    private Locale localeOf(PersonRef person) {
        return accounts.find(person.id()).map(AccountView::language).orElse(Language.DEFAULT).locale();
    }
}
