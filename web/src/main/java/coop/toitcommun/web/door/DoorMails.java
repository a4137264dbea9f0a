package coop.toitcommun.web.door;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import coop.toitcommun.membership.ApplicationApproved;
import coop.toitcommun.membership.ApplicationReceived;
import coop.toitcommun.membership.ApplicationRejected;
import coop.toitcommun.membership.ExclusionDecided;
import coop.toitcommun.membership.ExclusionOpened;
import coop.toitcommun.membership.Recipient;
import coop.toitcommun.membership.ResignatureReminder;
import coop.toitcommun.membership.SponsorAsked;
import coop.toitcommun.web.WebSettings;
import coop.toitcommun.web.mail.MailOutbox;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/** The door's emails, in each recipient's language, once the decision is committed. */
@Component
class DoorMails {

    private final MailOutbox outbox;
    private final MessageSource messages;
    private final WebSettings settings;
    private final ZoneId zone;

    DoorMails(MailOutbox outbox, MessageSource messages, WebSettings settings,
              @Value("${toitcommun.zone:Europe/Paris}") ZoneId zone) {
        this.outbox = outbox;
        this.messages = messages;
        this.settings = settings;
        this.zone = zone;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ApplicationReceived received) {
        String circle = message("circle." + received.circle().name(), received.representative());
        send(received.representative(), "mail.door.received", received.representative().displayName(),
            received.organisationName(), circle);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(SponsorAsked asked) {
        for (Recipient representative : asked.sponsorRepresentatives()) {
            send(representative, "mail.door.sponsor", representative.displayName(), asked.applicantName(),
                asked.sponsorName(), settings.link("/dashboard"));
        }
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ApplicationApproved approved) {
        if (!approved.invited()) {
            send(approved.representative(), "mail.door.approved", approved.representative().displayName(),
                approved.organisationName(), settings.link("/dashboard"));
        }
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ApplicationRejected rejected) {
        send(rejected.representative(), "mail.door.rejected", rejected.representative().displayName(),
            rejected.organisationName(), rejected.reason(), settings.link("/contact"));
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ResignatureReminder reminder) {
        for (Recipient representative : reminder.representatives()) {
            send(representative, "mail.door.reminder", representative.displayName(), reminder.organisationName(),
                reminder.charterNumber(), date(reminder.deadline(), representative), reminder.daysLeft(),
                settings.link("/dashboard"));
        }
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ExclusionOpened opened) {
        for (Recipient representative : opened.representatives()) {
            send(representative, "mail.door.exclusionOpened", representative.displayName(), opened.organisationName(),
                opened.grounds(), date(opened.answerDeadline(), representative), settings.link("/dashboard"));
        }
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ExclusionDecided decided) {
        List<Recipient> representatives = decided.representatives();
        for (Recipient representative : representatives) {
            send(representative, "mail.door.exclusion." + decided.outcome().name(), representative.displayName(),
                decided.organisationName(), decided.reason());
        }
    }

    private void send(Recipient to, String key, Object... arguments) {
        Locale locale = to.language().locale();
        outbox.send(to.email(), messages.getMessage(key + ".subject", arguments, locale),
            messages.getMessage(key + ".body", arguments, locale));
    }

    private String message(String key, Recipient to) {
        return messages.getMessage(key, null, to.language().locale());
    }

    private String date(Instant instant, Recipient to) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(to.language().locale())
            .format(instant.atZone(zone));
    }
}
