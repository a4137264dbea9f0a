package coop.toitcommun.web.door;

import java.time.Instant;
import java.util.List;

import coop.toitcommun.membership.ApplicationApproved;
import coop.toitcommun.membership.ApplicationReceived;
import coop.toitcommun.membership.ApplicationRejected;
import coop.toitcommun.membership.ExclusionDecided;
import coop.toitcommun.membership.ExclusionOpened;
import coop.toitcommun.membership.Recipient;
import coop.toitcommun.membership.ResignatureReminder;
import coop.toitcommun.membership.SponsorAsked;
import coop.toitcommun.web.WebSettings;
import coop.toitcommun.web.mail.Mails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/** The door's emails, in each recipient's language, stored in the outbox with the decision that causes them. */
@Component
class DoorMails {

    private final Mails mails;
    private final WebSettings settings;

    DoorMails(Mails mails, WebSettings settings) {
        this.mails = mails;
        this.settings = settings;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(ApplicationReceived received) {
        String circle = message("circle." + received.circle().name(), received.representative());
        send(received.representative(), "mail.door.received", received.representative().displayName(),
            received.organisationName(), circle);
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(SponsorAsked asked) {
        for (Recipient representative : asked.sponsorRepresentatives()) {
            send(representative, "mail.door.sponsor", representative.displayName(), asked.applicantName(),
                asked.sponsorName(), settings.link("/dashboard"));
        }
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(ApplicationApproved approved) {
        if (!approved.invited()) {
            send(approved.representative(), "mail.door.approved", approved.representative().displayName(),
                approved.organisationName(), settings.link("/dashboard"));
        }
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(ApplicationRejected rejected) {
        send(rejected.representative(), "mail.door.rejected", rejected.representative().displayName(),
            rejected.organisationName(), rejected.reason(), settings.link("/contact"));
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(ResignatureReminder reminder) {
        for (Recipient representative : reminder.representatives()) {
            send(representative, "mail.door.reminder", representative.displayName(), reminder.organisationName(),
                reminder.charterNumber(), date(reminder.deadline(), representative), reminder.daysLeft(),
                settings.link("/dashboard"));
        }
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(ExclusionOpened opened) {
        for (Recipient representative : opened.representatives()) {
            send(representative, "mail.door.exclusionOpened", representative.displayName(), opened.organisationName(),
                opened.grounds(), date(opened.answerDeadline(), representative), settings.link("/dashboard"));
        }
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(ExclusionDecided decided) {
        List<Recipient> representatives = decided.representatives();
        for (Recipient representative : representatives) {
            send(representative, "mail.door.exclusion." + decided.outcome().name(), representative.displayName(),
                decided.organisationName(), decided.reason());
        }
    }

    private void send(Recipient to, String key, Object... arguments) {
        mails.send(to.email(), to.language(), key, arguments);
    }

    private String message(String key, Recipient to) {
        return mails.text(key, to.language());
    }

    private String date(Instant instant, Recipient to) {
        return mails.date(instant, to.language());
    }
}
