package coop.toitcommun.web.programme;

import coop.toitcommun.membership.Language;
import coop.toitcommun.venue.PublicEventCancelled;
import coop.toitcommun.venue.PublicEventView;
import coop.toitcommun.venue.RegistrationPromoted;
import coop.toitcommun.venue.RegistrationReceived;
import coop.toitcommun.venue.RegistrationStatus;
import coop.toitcommun.web.WebSettings;
import coop.toitcommun.web.mail.Mails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells visitors, in the language they registered in, that they are registered or waiting (with the link that
 * cancels), that places freed up for them, or that the event is cancelled; stored in the outbox with the decision.
 */
@Component
class ProgrammeMails {

    private final Mails mails;
    private final WebSettings settings;

    ProgrammeMails(Mails mails, WebSettings settings) {
        this.mails = mails;
        this.settings = settings;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(RegistrationReceived received) {
        Language language = language(received.language());
        PublicEventView event = received.event();
        if (received.alreadyRegistered()) {
            mails.send(received.email(), language, "mail.events.already", received.name(), event.title(),
                mails.dateTime(event.start(), language), page(event));
            return;
        }
        String key = received.status() == RegistrationStatus.CONFIRMED ? "mail.events.confirmed" : "mail.events.waiting";
        mails.send(received.email(), language, key, received.name(), event.title(), mails.dateTime(event.start(), language),
            place(event), received.places(), settings.link("/events/registrations/" + received.cancelToken()), page(event));
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(RegistrationPromoted promoted) {
        Language language = language(promoted.language());
        PublicEventView event = promoted.event();
        mails.send(promoted.email(), language, "mail.events.promoted", promoted.name(), event.title(),
            mails.dateTime(event.start(), language), place(event), promoted.places(), page(event));
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(PublicEventCancelled cancelled) {
        PublicEventView event = cancelled.event();
        for (PublicEventCancelled.Registrant registrant : cancelled.registrants()) {
            Language language = language(registrant.language());
            mails.send(registrant.email(), language, "mail.events.cancelled", registrant.name(), event.title(),
                mails.dateTime(event.start(), language), cancelled.reason(), event.organisationName());
        }
    }

    private String page(PublicEventView event) {
        return settings.link("/events/" + event.id());
    }

    private static String place(PublicEventView event) {
        return event.inTheHouse() ? event.roomName() : event.address();
    }

    private static Language language(String tag) {
        return Language.fromTag(tag).orElse(Language.DEFAULT);
    }
}
