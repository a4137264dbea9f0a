package coop.toitcommun.web.mail;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import coop.toitcommun.membership.InvitationIssued;
import coop.toitcommun.membership.PasswordResetRequested;
import coop.toitcommun.web.WebSettings;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/** Invitation and password reset emails, in the recipient's language, once the token is committed. */
@Component
class AccountMails {

    private final MailOutbox outbox;
    private final MessageSource messages;
    private final WebSettings settings;
    private final ZoneId zone;

    AccountMails(MailOutbox outbox, MessageSource messages, WebSettings settings,
                 @Value("${toitcommun.zone:Europe/Paris}") ZoneId zone) {
        this.outbox = outbox;
        this.messages = messages;
        this.settings = settings;
        this.zone = zone;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(InvitationIssued invitation) {
        Locale locale = invitation.language().locale();
        String link = settings.link("/invitations/" + invitation.token());
        String until = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT).withLocale(locale)
            .format(invitation.expiresAt().atZone(zone));
        outbox.send(invitation.email(),
            messages.getMessage("mail.invitation.subject", null, locale),
            messages.getMessage("mail.invitation.body", new Object[] {invitation.displayName(), link, until}, locale));
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(PasswordResetRequested reset) {
        Locale locale = reset.language().locale();
        String link = settings.link("/password-reset/" + reset.token());
        outbox.send(reset.email(),
            messages.getMessage("mail.reset.subject", null, locale),
            messages.getMessage("mail.reset.body", new Object[] {reset.displayName(), link}, locale));
    }
}
