package coop.toitcommun.web.meetings;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import coop.toitcommun.governance.AgendaItem;
import coop.toitcommun.governance.Agendas;
import coop.toitcommun.governance.Entities;
import coop.toitcommun.governance.GovernanceNotFoundException;
import coop.toitcommun.governance.LegalEntity;
import coop.toitcommun.governance.Meeting;
import coop.toitcommun.governance.MeetingException;
import coop.toitcommun.governance.Meetings;
import coop.toitcommun.governance.Minutes;
import coop.toitcommun.governance.MinutesBook;
import coop.toitcommun.membership.TooManyAttemptsException;
import coop.toitcommun.membership.WrongPasswordException;
import coop.toitcommun.web.account.PasswordErrors;
import coop.toitcommun.web.input.Text;
import coop.toitcommun.web.security.SignedInPerson;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Minutes: the secretary's draft from what was recorded, the chair's and the secretary's signatures (each
 * confirms with their password), signed errata; the signed minutes as PDF for every signed-in member of the
 * house, and the entity's whole register of minutes as one PDF. Password confirmations are throttled like
 * signing in, but counted apart from it (the governance module checks both).
 */
@Controller
class MinutesController {

    private static final Locale LEGAL = Locale.FRENCH;

    private final Meetings meetings;
    private final Agendas agendas;
    private final MinutesBook minutes;
    private final Entities entities;
    private final MeetingViews views;
    private final MeetingRecord record;
    private final PdfRenderer pdf;

    MinutesController(Meetings meetings, Agendas agendas, MinutesBook minutes, Entities entities, MeetingViews views,
                      MeetingRecord record, PdfRenderer pdf) {
        this.meetings = meetings;
        this.agendas = agendas;
        this.minutes = minutes;
        this.entities = entities;
        this.views = views;
        this.record = record;
        this.pdf = pdf;
    }

    @GetMapping("/meetings/{id}/minutes")
    String page(@AuthenticationPrincipal SignedInPerson person, @PathVariable long id, Model model) {
        minutes.draftReadBy(person.getPersonId(), id);
        Meeting meeting = views.header(model, person, id);
        model.addAllAttributes(record.of(meeting));
        model.addAttribute("officer", minutes.isOfficer(person.getPersonId(), meeting));
        model.addAttribute("mayPrepare", meetings.mayPrepare(person.getPersonId(), meeting));
        return "meetings/minutes";
    }

    @PostMapping("/meetings/{id}/minutes")
    String saveDraft(@AuthenticationPrincipal SignedInPerson person, @PathVariable long id,
                     @Valid @ModelAttribute MinutesDraftForm form, RedirectAttributes redirect) {
        Map<Long, String> summaries = new HashMap<>();
        Set<Long> unfinished = new HashSet<>();
        for (AgendaItem item : agendas.items(id)) {
            if (form.summary().containsKey(item.id())) {
                summaries.put(item.id(), form.summary().get(item.id()));
            }
            if (form.unfinished().contains(item.id())) {
                unfinished.add(item.id());
            }
        }
        try {
            minutes.saveDraft(person.getPersonId(), id, form.debates(), summaries, unfinished);
            redirect.addFlashAttribute("notice", "meetings.minutes.saved");
        } catch (MeetingException e) {
            redirect.addFlashAttribute("refusalKey", "meetings.refused." + e.reason());
        }
        return "redirect:/meetings/" + id + "/minutes";
    }

    @PostMapping("/meetings/{id}/minutes/sign")
    String sign(@AuthenticationPrincipal SignedInPerson person, @PathVariable long id,
                @RequestParam(defaultValue = "") @Text(max = PasswordErrors.FIELD_LIMIT, column = Text.NOT_STORED) String password,
                HttpServletRequest request, RedirectAttributes redirect) {
        try {
            Minutes signed = minutes.sign(person.getPersonId(), id, password, request.getRemoteAddr());
            redirect.addFlashAttribute("notice", signed.signed() ? "meetings.minutes.closed" : "meetings.minutes.signedOnce");
        } catch (RuntimeException e) {
            redirect.addFlashAttribute("refusalKey", refusal(e));
        }
        return "redirect:/meetings/" + id + "/minutes";
    }

    @PostMapping("/meetings/{id}/minutes/errata")
    String erratum(@AuthenticationPrincipal SignedInPerson person, @PathVariable long id,
                   @RequestParam(defaultValue = "") @Text(max = 4000, column = "governance.erratum.text") String text,
                   @RequestParam(defaultValue = "") @Text(max = PasswordErrors.FIELD_LIMIT, column = Text.NOT_STORED) String password,
                   HttpServletRequest request, RedirectAttributes redirect) {
        try {
            minutes.addErratum(person.getPersonId(), id, text, password, request.getRemoteAddr());
            redirect.addFlashAttribute("notice", "meetings.erratum.added");
        } catch (RuntimeException e) {
            redirect.addFlashAttribute("refusalKey", refusal(e));
        }
        return "redirect:/meetings/" + id + "/minutes";
    }

    /** Signed minutes, for every signed-in member of the house: transparency is a value of the charter. */
    @GetMapping("/meetings/{id}/minutes.pdf")
    ResponseEntity<byte[]> minutesPdf(@PathVariable long id) {
        Meeting meeting = meetings.get(id);
        minutes.find(id).filter(Minutes::signed).orElseThrow(() -> new GovernanceNotFoundException("signed minutes " + id));
        byte[] document = pdf.render("meetings/pdf/minutes", LEGAL, Map.of("records", List.of(record.of(meeting)),
            "entity", entities.get(meeting.entityId()), "register", false));
        return download(document, "proces-verbal-" + id + ".pdf");
    }

    @GetMapping("/entities/{id}/minutes.pdf")
    ResponseEntity<byte[]> registerPdf(@PathVariable long id) {
        LegalEntity entity = entities.get(id);
        List<Map<String, Object>> records = new ArrayList<>();
        Map<Long, Meeting> byId = meetings.findAll(minutes.register(id).stream().map(Minutes::meetingId).toList());
        minutes.register(id).forEach(m -> records.add(record.of(byId.get(m.meetingId()))));
        byte[] document = pdf.render("meetings/pdf/minutes", LEGAL, Map.of("records", records, "entity", entity, "register", true));
        return download(document, "registre-des-proces-verbaux-" + id + ".pdf");
    }

    /** The message of a refused signature; anything else is not a refusal and goes on to the error pages. */
    private static String refusal(RuntimeException e) {
        if (e instanceof TooManyAttemptsException) {
            return "meetings.refused.tooManyAttempts";
        }
        if (e instanceof WrongPasswordException) {
            return "meetings.refused.wrongPassword";
        }
        if (e instanceof MeetingException refused) {
            return "meetings.refused." + refused.reason();
        }
        throw e;
    }

    private static ResponseEntity<byte[]> download(byte[] document, String name) {
        return ResponseEntity.ok()
            .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
            .contentType(MediaType.APPLICATION_PDF).body(document);
    }
}
