package coop.toitcommun.web.meetings;

import java.util.Locale;
import java.util.Map;

import coop.toitcommun.governance.Convocation;
import coop.toitcommun.governance.Convocations;
import coop.toitcommun.governance.Meeting;
import coop.toitcommun.governance.MeetingException;
import coop.toitcommun.governance.Meetings;
import coop.toitcommun.web.security.SignedInPerson;
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
 * recipients and the PDF's SHA-256 are kept as proof. The PDF is written in French, the language of the
 * entities' legal documents; the email is in each recipient's language, stored with the convocation ({@link Convening}).
 */
@Controller
class ConvocationController {

    private static final Locale LEGAL = Locale.FRENCH;

    private final Meetings meetings;
    private final Convocations convocations;
    private final MeetingViews views;
    private final MeetingRecord record;
    private final PdfRenderer pdf;
    private final Convening convening;

    ConvocationController(Meetings meetings, Convocations convocations, MeetingViews views, MeetingRecord record, PdfRenderer pdf,
                          Convening convening) {
        this.meetings = meetings;
        this.convocations = convocations;
        this.views = views;
        this.record = record;
        this.pdf = pdf;
        this.convening = convening;
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
        Meeting meeting = meetings.seenBy(person.getPersonId(), id);
        return ResponseEntity.ok()
            .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("convocation-" + id + ".pdf").build().toString())
            .contentType(MediaType.APPLICATION_PDF).body(render(meeting));
    }

    @PostMapping("/meetings/{id}/convocation")
    String send(@AuthenticationPrincipal SignedInPerson person, @PathVariable long id, RedirectAttributes redirect) {
        Meeting meeting = meetings.preparedBy(person.getPersonId(), id);
        byte[] document = render(meeting);
        Convocation sent;
        try {
            sent = convening.convene(person.getPersonId(), meeting, document);
        } catch (MeetingException e) {
            redirect.addFlashAttribute("refusalKey", "meetings.refused." + e.reason());
            redirect.addFlashAttribute("refusalArguments", e.arguments().toArray());
            return "redirect:/meetings/" + id + "/convocation";
        }
        redirect.addFlashAttribute("notice", sent.late() ? "meetings.convocation.sentLate" : "meetings.convocation.sent");
        return "redirect:/meetings/" + id + "/convocation";
    }

    private byte[] render(Meeting meeting) {
        Map<String, Object> variables = record.of(meeting);
        return pdf.render("meetings/pdf/convocation", LEGAL, variables);
    }
}
