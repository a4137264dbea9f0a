package coop.toitcommun.web.venue;

import java.util.Locale;

import coop.toitcommun.membership.Language;
import coop.toitcommun.membership.People;
import coop.toitcommun.venue.BookingDecided;
import coop.toitcommun.venue.BookingView;
import coop.toitcommun.venue.ClosureAnnounced;
import coop.toitcommun.venue.PartnerRooms;
import coop.toitcommun.web.PublicAddress;
import coop.toitcommun.web.WebSettings;
import coop.toitcommun.web.mail.Mails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Tells bookers, in their language, what employees decided about their bookings and which closures hit them;
 * the emails are stored in the outbox with the decision.
 */
@Component
class VenueMails {

    private final Mails mails;
    private final WebSettings settings;
    private final People people;
    private final PartnerRooms partnerRooms;
    private final PublicAddress addresses;

    VenueMails(Mails mails, WebSettings settings, People people, PartnerRooms partnerRooms, PublicAddress addresses) {
        this.mails = mails;
        this.settings = settings;
        this.people = people;
        this.partnerRooms = partnerRooms;
        this.addresses = addresses;
    }

    /**
     * A member of a partner house booked as a person of this house without an account: the link leads to the partner
     * rooms page of her own house, where she follows the booking.
     */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(BookingDecided decided) {
        people.find(decided.bookedBy()).ifPresent(person -> {
            Language language = mails.languageOf(person.id());
            String key = "mail.venue." + decided.decision().name().toLowerCase(Locale.ROOT);
            String link = partnerRooms.bookerHouseOf(decided.bookingId())
                .map(house -> RequestContextHolder.getRequestAttributes() == null ? settings.link("/partners")
                    : addresses.of(house, "/partners"))
                .orElseGet(() -> settings.link("/bookings/" + decided.bookingId()));
            mails.send(person.email(), language, key, person.displayName(), decided.title(), decided.roomName(),
                mails.dateTime(decided.start(), language), decided.reason() == null ? "" : decided.reason(), link);
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
