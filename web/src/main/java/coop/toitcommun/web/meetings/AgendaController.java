package coop.toitcommun.web.meetings;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import coop.toitcommun.governance.AgendaDocument;
import coop.toitcommun.governance.AgendaItem;
import coop.toitcommun.governance.AgendaItemKind;
import coop.toitcommun.governance.Agendas;
import coop.toitcommun.governance.Majority;
import coop.toitcommun.governance.Meeting;
import coop.toitcommun.governance.MeetingException;
import coop.toitcommun.governance.Meetings;
import coop.toitcommun.governance.NewAgendaItem;
import coop.toitcommun.web.error.Forms;
import coop.toitcommun.web.input.Text;
import coop.toitcommun.web.security.SignedInPerson;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The agenda builder ({@code /meetings/{id}/agenda}), for those who prepare the meeting: items, their order
 * (up and down buttons that post, usable with the keyboard), documents, proposals and suggestions. Documents
 * are downloaded by everyone who may see the meeting.
 */
@Controller
class AgendaController {

    private final Agendas agendas;
    private final Meetings meetings;
    private final MeetingViews views;
    private final DocumentStore store;

    AgendaController(Agendas agendas, Meetings meetings, MeetingViews views, DocumentStore store) {
        this.agendas = agendas;
        this.meetings = meetings;
        this.views = views;
        this.store = store;
    }

    @GetMapping("/meetings/{id}/agenda")
    String agenda(@AuthenticationPrincipal SignedInPerson person, @PathVariable long id,
                  @RequestParam(required = false) @Text(max = 20, column = Text.NOT_STORED) String upload, Model model) {
        Meeting meeting = views.preparerHeader(model, person, id);
        if ("tooLarge".equals(upload)) {
            model.addAttribute("documentError", "meetings.document.tooLarge");
        }
        if (!model.containsAttribute("itemForm")) {
            model.addAttribute("itemForm", ItemForm.empty());
        }
        return page(meeting, model);
    }

    @PostMapping("/meetings/{id}/items")
    String add(@AuthenticationPrincipal SignedInPerson person, @PathVariable long id, @Valid @ModelAttribute ItemForm itemForm,
               BindingResult errors, Model model) {
        Meeting meeting = views.preparerHeader(model, person, id);
        if (Forms.unreadable(errors)) {
            return page(meeting, model);
        }
        if (itemForm.kind() == AgendaItemKind.DECISION && (itemForm.resolutionText() == null || itemForm.resolutionText().isBlank())) {
            errors.rejectValue("resolutionText", "meetings.item.error.resolution");
        }
        if (itemForm.majority() == Majority.CUSTOM && itemForm.majorityPct() == null) {
            errors.rejectValue("majorityPct", "meetings.item.error.majorityPct");
        }
        if (errors.hasErrors()) {
            return page(meeting, model);
        }
        try {
            agendas.add(person.getPersonId(), id, new NewAgendaItem(itemForm.title(), itemForm.description(), itemForm.kind(),
                itemForm.presenterId(), itemForm.plannedMinutes(), itemForm.resolutionText(), itemForm.majority(),
                itemForm.majority() == Majority.CUSTOM ? itemForm.majorityPct() : null, itemForm.secret()));
        } catch (MeetingException e) {
            model.addAttribute("refusal", e);
            return page(meeting, model);
        }
        return "redirect:/meetings/" + id + "/agenda";
    }

    @PostMapping("/meetings/{id}/items/{itemId}/move")
    String move(@AuthenticationPrincipal SignedInPerson person, @PathVariable long id, @PathVariable long itemId,
                @RequestParam @Pattern(regexp = "up|down") @Text(max = 10, column = Text.NOT_STORED) String direction,
                RedirectAttributes redirect) {
        try {
            agendas.move(person.getPersonId(), id, itemId, "up".equals(direction) ? -1 : 1);
        } catch (MeetingException e) {
            redirect.addFlashAttribute("refusalKey", "meetings.refused." + e.reason());
        }
        return "redirect:/meetings/" + id + "/agenda#item-" + itemId;
    }

    @PostMapping("/meetings/{id}/items/{itemId}/delete")
    String delete(@AuthenticationPrincipal SignedInPerson person, @PathVariable long id, @PathVariable long itemId,
                  RedirectAttributes redirect) {
        try {
            agendas.remove(person.getPersonId(), id, itemId).forEach(d -> store.delete(d.storageKey()));
        } catch (MeetingException e) {
            redirect.addFlashAttribute("refusalKey", "meetings.refused." + e.reason());
        }
        return "redirect:/meetings/" + id + "/agenda";
    }

    @PostMapping("/meetings/{id}/items/{itemId}/documents")
    String upload(@AuthenticationPrincipal SignedInPerson person, @PathVariable long id, @PathVariable long itemId,
                  @RequestParam("file") MultipartFile file, RedirectAttributes redirect) throws IOException {
        // asked before the file is stored: a person who may not prepare the meeting writes nothing to disk
        meetings.requirePrepare(person.getPersonId(), meetings.get(id));
        if (file.isEmpty()) {
            redirect.addFlashAttribute("documentError", "meetings.document.empty");
        } else if (file.getSize() > DocumentTypes.MAX_BYTES) {
            redirect.addFlashAttribute("documentError", "meetings.document.tooLarge");
        } else {
            byte[] content = file.getBytes();
            Optional<DocumentTypes.Type> type = DocumentTypes.detect(content);
            if (type.isEmpty()) {
                redirect.addFlashAttribute("documentError", "meetings.document.type");
            } else {
                String key = store.save(content);
                try {
                    agendas.attach(person.getPersonId(), id, itemId, DocumentTypes.sanitise(file.getOriginalFilename(), type.get()),
                        type.get().contentType, content.length, key);
                } catch (RuntimeException e) {
                    store.delete(key);
                    throw e;
                }
                redirect.addFlashAttribute("notice", "meetings.document.added");
            }
        }
        return "redirect:/meetings/" + id + "/agenda#item-" + itemId;
    }

    @GetMapping("/meetings/{id}/documents/{documentId}")
    ResponseEntity<byte[]> download(@AuthenticationPrincipal SignedInPerson person, @PathVariable long id,
                                    @PathVariable long documentId) {
        AgendaDocument document = agendas.document(person.getPersonId(), id, documentId);
        return ResponseEntity.ok()
            .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(document.fileName()).build().toString())
            .header("X-Content-Type-Options", "nosniff")
            .contentType(MediaType.parseMediaType(document.contentType()))
            .body(store.read(document.storageKey()));
    }

    @PostMapping("/meetings/{id}/proposals/{proposalId}/accept")
    String accept(@AuthenticationPrincipal SignedInPerson person, @PathVariable long id, @PathVariable long proposalId,
                  RedirectAttributes redirect) {
        try {
            agendas.accept(person.getPersonId(), id, proposalId);
        } catch (MeetingException e) {
            redirect.addFlashAttribute("refusalKey", "meetings.refused." + e.reason());
        }
        return "redirect:/meetings/" + id + "/agenda";
    }

    @PostMapping("/meetings/{id}/proposals/{proposalId}/decline")
    String decline(@AuthenticationPrincipal SignedInPerson person, @PathVariable long id, @PathVariable long proposalId,
                   @RequestParam(defaultValue = "") @Text(max = 1000, column = "governance.proposal.decline_reason") String reason,
                   RedirectAttributes redirect) {
        try {
            agendas.decline(person.getPersonId(), id, proposalId, reason);
        } catch (MeetingException e) {
            redirect.addFlashAttribute("refusalKey", "meetings.refused." + e.reason());
        }
        return "redirect:/meetings/" + id + "/agenda";
    }

    @PostMapping("/meetings/{id}/suggestions")
    String addSuggestion(@AuthenticationPrincipal SignedInPerson person, @PathVariable long id,
                         @RequestParam(required = false) Long fromItemId, RedirectAttributes redirect) {
        try {
            agendas.addSuggestion(person.getPersonId(), id, fromItemId);
        } catch (MeetingException e) {
            redirect.addFlashAttribute("refusalKey", "meetings.refused." + e.reason());
        }
        return "redirect:/meetings/" + id + "/agenda";
    }

    private String page(Meeting meeting, Model model) {
        List<AgendaItem> items = agendas.items(meeting.id());
        model.addAttribute("items", items);
        model.addAttribute("plannedTotal", items.stream().mapToInt(AgendaItem::plannedMinutes).sum());
        model.addAttribute("proposals", agendas.proposals(meeting.id()));
        model.addAttribute("suggestions", agendas.suggestions(meeting.id()));
        model.addAttribute("presenters", meetings.eligible(meeting));
        model.addAttribute("kinds", AgendaItemKind.values());
        model.addAttribute("majorities", Majority.values());
        return "meetings/agenda";
    }
}
