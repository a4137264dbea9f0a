package coop.toitcommun.web.meetings;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

import coop.toitcommun.governance.Convocation;
import coop.toitcommun.governance.Convocations;
import coop.toitcommun.governance.Meeting;
import coop.toitcommun.governance.MeetingException;
import coop.toitcommun.governance.Meetings;
import coop.toitcommun.web.mail.MailOutbox;
import coop.toitcommun.web.WebSettings;
import coop.toitcommun.web.security.SignedInPerson;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The convocation: a PDF (entity, body, kind, date, place or mode, agenda with draft resolutions, proxy form,
 * quorum and majority) emailed to everyone convened. The notice is checked before sending; the sending time,
 * recipients and the PDF's SHA-256 are kept as proof. Convocations are written in French, the language of the
 * entities' legal documents.
 */
@Controller
class ConvocationController {

    private static final Locale LEGAL = Locale.FRENCH;

    private final Meetings meetings;
    private final Convocations convocations;
    private final MeetingViews views;
    private final MeetingRecord record;
    private final PdfRenderer pdf;
    private final MailOutbox mail;
    private final MessageSource messages;
    private final WebSettings web;

    ConvocationController(Meetings meetings, Convocations convocations, MeetingViews views, MeetingRecord record, PdfRenderer pdf,
                          MailOutbox mail, MessageSource messages, WebSettings web) {
        this.meetings = meetings;
        this.convocations = convocations;
        this.views = views;
        this.record = record;
        this.pdf = pdf;
        this.mail = mail;
        this.messages = messages;
        this.web = web;
    }

    @GetMapping("/meetings/{id}/convocation")
    String convocation(@AuthenticationPrincipal SignedInPerson person, @PathVariable long id, Model model) {
        Meeting meeting = views.preparerHeader(model, person, id);
        model.addAttribute("noticeCheck", convocations.notice(meeting));
        model.addAttribute("lateRefused", Convocations.lateIsRefused(meeting));
        model.addAttribute("recipients", convocations.recipients(meeting));
        return "meetings/convocation";
    }

    @GetMapping("/meetings/{id}/convocation.pdf")
    ResponseEntity<byte[]> convocationPdf(@AuthenticationPrincipal SignedInPerson person, @PathVariable long id) {
        Meeting meeting = meetings.get(id);
        meetings.requireView(person.getPersonId(), meeting);
        return ResponseEntity.ok()
            .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("convocation-" + id + ".pdf").build().toString())
            .contentType(MediaType.APPLICATION_PDF).body(render(meeting));
    }

    @PostMapping("/meetings/{id}/convocation")
    String send(@AuthenticationPrincipal SignedInPerson person, @PathVariable long id, RedirectAttributes redirect) {
        Meeting meeting = meetings.get(id);
        meetings.requirePrepare(person.getPersonId(), meeting);
        byte[] document = render(meeting);
        Convocation sent;
        try {
            sent = convocations.convene(person.getPersonId(), id, document);
        } catch (MeetingException e) {
            redirect.addFlashAttribute("refusalKey", "meetings.refused." + e.reason());
            redirect.addFlashAttribute("refusalArguments", e.arguments().toArray());
            return "redirect:/meetings/" + id + "/convocation";
        }
        String subject = messages.getMessage("meetings.mail.convocation.subject", new Object[] {meeting.title()}, LEGAL);
        String when = meeting.start().format(DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'à' HH'h'mm", LEGAL));
        String body = messages.getMessage("meetings.mail.convocation.body",
            new Object[] {meeting.title(), when, web.link("/meetings/" + id)}, LEGAL);
        for (Convocation.Recipient recipient : sent.recipients()) {
            mail.send(recipient.email(), subject, body, "convocation-" + id + ".pdf", document, MediaType.APPLICATION_PDF_VALUE);
        }
        redirect.addFlashAttribute("notice", sent.late() ? "meetings.convocation.sentLate" : "meetings.convocation.sent");
        return "redirect:/meetings/" + id + "/convocation";
    }

    private byte[] render(Meeting meeting) {
        Map<String, Object> variables = record.of(meeting);
        return pdf.render("meetings/pdf/convocation", LEGAL, variables);
    }
}
