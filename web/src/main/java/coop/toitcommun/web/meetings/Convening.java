package coop.toitcommun.web.meetings;

import coop.toitcommun.governance.Convocation;
import coop.toitcommun.governance.Convocations;
import coop.toitcommun.governance.Meeting;
import coop.toitcommun.governance.MeetingException;
import coop.toitcommun.membership.Language;
import coop.toitcommun.web.WebSettings;
import coop.toitcommun.web.mail.Mails;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records a convocation and stores its emails in one transaction: either everyone convened gets the PDF (the
 * outbox retries until the mail server takes it), or nothing is recorded.
 */
@Component
class Convening {

    private final Convocations convocations;
    private final Mails mails;
    private final WebSettings web;

    Convening(Convocations convocations, Mails mails, WebSettings web) {
        this.convocations = convocations;
        this.mails = mails;
        this.web = web;
    }

    /** @throws MeetingException when the meeting cannot be convened (nothing is recorded nor sent) */
    @Transactional
    Convocation convene(long personId, Meeting meeting, byte[] document) {
        Convocation sent = convocations.convene(personId, meeting.id(), document);
        Mails.Attachment attachment = new Mails.Attachment("convocation-" + meeting.id() + ".pdf", document,
            MediaType.APPLICATION_PDF_VALUE);
        for (Convocation.Recipient recipient : sent.recipients()) {
            Language language = mails.languageOf(recipient.email());
            mails.send(recipient.email(), language, "meetings.mail.convocation", attachment, meeting.title(),
                mails.dateTime(meeting.start(), language), web.link("/meetings/" + meeting.id()));
        }
        return sent;
    }
}
