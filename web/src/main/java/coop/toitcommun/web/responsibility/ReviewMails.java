package coop.toitcommun.web.responsibility;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import coop.toitcommun.governance.responsibility.ReviewPassed;
import coop.toitcommun.membership.Recipient;
import coop.toitcommun.web.WebSettings;
import coop.toitcommun.web.mail.Mails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/** A passed review date, told to the holder and those who manage the register, in the transaction that claims it. */
@Component
class ReviewMails {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG);

    private final Mails mails;
    private final WebSettings settings;

    ReviewMails(Mails mails, WebSettings settings) {
        this.mails = mails;
        this.settings = settings;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(ReviewPassed passed) {
        for (Recipient recipient : passed.recipients()) {
            mails.send(recipient.email(), recipient.language(), "mail.responsibilities.review", recipient.displayName(),
                passed.title(), passed.holderName(), DATE.withLocale(recipient.language().locale()).format(passed.reviewOn()),
                settings.link("/responsibilities/" + passed.responsibilityId()));
        }
    }
}
