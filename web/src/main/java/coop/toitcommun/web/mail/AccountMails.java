package coop.toitcommun.web.mail;

import coop.toitcommun.membership.InvitationIssued;
import coop.toitcommun.membership.PasswordResetRequested;
import coop.toitcommun.membership.SignInUnlockOffered;
import coop.toitcommun.web.WebSettings;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/** Invitation, password reset and unlock emails, in the recipient's language, stored in the outbox with their token. */
@Component
class AccountMails {

    private final Mails mails;
    private final WebSettings settings;

    AccountMails(Mails mails, WebSettings settings) {
        this.mails = mails;
        this.settings = settings;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(InvitationIssued invitation) {
        mails.send(invitation.email(), invitation.language(), "mail.invitation", invitation.displayName(),
            settings.link("/invitations/" + invitation.token()),
            mails.dateTime(invitation.expiresAt(), invitation.language()));
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(SignInUnlockOffered unlock) {
        mails.send(unlock.email(), unlock.language(), "mail.unlock", unlock.displayName(),
            settings.link("/login/unlock/" + unlock.token()), mails.dateTime(unlock.expiresAt(), unlock.language()));
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(PasswordResetRequested reset) {
        mails.send(reset.email(), reset.language(), "mail.reset", reset.displayName(),
            settings.link("/password-reset/" + reset.token()));
    }
}
