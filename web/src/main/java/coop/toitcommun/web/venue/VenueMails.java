package coop.toitcommun.web.venue;

import java.util.Locale;

import coop.toitcommun.membership.Language;
import coop.toitcommun.membership.People;
import coop.toitcommun.venue.BookingDecided;
import coop.toitcommun.venue.BookingView;
import coop.toitcommun.venue.ClosureAnnounced;
import coop.toitcommun.web.WebSettings;
import coop.toitcommun.web.mail.Mails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells bookers, in their language, what employees decided about their bookings and which closures hit them;
 * the emails are stored in the outbox with the decision.
 */
@Component
class VenueMails {

    private final Mails mails;
    private final WebSettings settings;
    private final People people;

    VenueMails(Mails mails, WebSettings settings, People people) {
        this.mails = mails;
        this.settings = settings;
        this.people = people;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(BookingDecided decided) {
        people.find(decided.bookedBy()).ifPresent(person -> {
            Language language = mails.languageOf(person.id());
            String key = "mail.venue." + decided.decision().name().toLowerCase(Locale.ROOT);
            mails.send(person.email(), language, key, person.displayName(), decided.title(), decided.roomName(),
                mails.dateTime(decided.start(), language), decided.reason() == null ? "" : decided.reason(),
                settings.link("/bookings/" + decided.bookingId()));
        });
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(ClosureAnnounced closure) {
        for (BookingView booking : closure.hitBookings()) {
            people.find(booking.bookedBy()).ifPresent(person -> {
                Language language = mails.languageOf(person.id());
                mails.send(person.email(), language, "mail.venue.closure", person.displayName(), booking.title(),
                    booking.roomName(), mails.dateTime(booking.start(), language), closure.closure().reason(),
                    mails.dateTime(closure.closure().start(), language), mails.dateTime(closure.closure().end(), language),
                    settings.link("/bookings/" + booking.id()));
            });
        }
    }
}
