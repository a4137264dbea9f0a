package coop.toitcommun.web.meetings;

import java.util.List;
import java.util.Map;

import coop.toitcommun.governance.AgendaItem;
import coop.toitcommun.governance.AgendaItemKind;
import coop.toitcommun.governance.Agendas;
import coop.toitcommun.governance.Majority;
import coop.toitcommun.governance.Meeting;
import coop.toitcommun.governance.MeetingException;
import coop.toitcommun.governance.Meetings;
import coop.toitcommun.web.error.Forms;
import coop.toitcommun.web.input.Text;
import coop.toitcommun.web.security.SignedInPerson;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The agenda builder ({@code /meetings/{id}/agenda}), for those who prepare the meeting: its items and their order
 * (up and down buttons that post, usable with the keyboard). Documents and proposals have their own controllers.
 */
@Controller
class AgendaController {

    /** The module's refusals that belong to one field of the item form, with their message there. */
    private record FieldRefusal(String field, String messageKey) {
    }

    private static final Map<String, FieldRefusal> FIELD_REFUSALS = Map.of(
        "resolutionMissing", new FieldRefusal("resolutionText", "meetings.item.error.resolution"),
        "majorityPctMissing", new FieldRefusal("majorityPct", "meetings.item.error.majorityPct"));

    private final Agendas agendas;
    private final Meetings meetings;
    private final MeetingViews views;
    private final AgendaDocuments documents;

    AgendaController(Agendas agendas, Meetings meetings, MeetingViews views, AgendaDocuments documents) {
        this.agendas = agendas;
        this.meetings = meetings;
        this.views = views;
        this.documents = documents;
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
        if (Forms.unreadable(errors) || errors.hasErrors()) {
            return page(meeting, model);
        }
        try {
            agendas.add(person.getPersonId(), id, itemForm.item());
        } catch (MeetingException e) {
            FieldRefusal refusal = FIELD_REFUSALS.get(e.reason());
            if (refusal == null) {
                model.addAttribute("refusal", e);
            } else {
                errors.rejectValue(refusal.field(), refusal.messageKey());
            }
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
            documents.removeItem(person.getPersonId(), id, itemId);
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
