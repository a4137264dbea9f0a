package coop.toitcommun.web.charter;

import java.util.List;
import java.util.Optional;

import coop.toitcommun.membership.Charter;
import coop.toitcommun.membership.CharterVersion;
import coop.toitcommun.membership.MembershipRuleException;
import coop.toitcommun.web.error.Forms;
import coop.toitcommun.web.security.SignedInPerson;
import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Co-founders draft the next charter version, then publish it (irreversibly, after confirmation); membership refuses anyone else. */
@Controller
class CharterDraftController {

    private final Charter charter;

    CharterDraftController(Charter charter) {
        this.charter = charter;
    }

    @GetMapping("/charter/draft")
    String draft(@AuthenticationPrincipal SignedInPerson person, Model model) {
        Optional<CharterVersion> draft = charter.draft(person.getPersonId());
        DraftForm form = DraftForm.of(draft.or(charter::current).orElse(new CharterVersion(0, 1, null, List.of())));
        model.addAttribute("draftForm", form);
        model.addAttribute("rows", form.textFr().size());
        return page(draft, model);
    }

    @PostMapping("/charter/draft")
    String save(@AuthenticationPrincipal SignedInPerson person, @Valid @ModelAttribute("draftForm") DraftForm form,
                BindingResult result, Model model, RedirectAttributes redirect) {
        if (Forms.unreadable(result)) {
            // a request no page sends (an article sent twice): the draft as saved, and why nothing changed
            model.addAttribute("flashError", "input.formUnreadable");
            return draft(person, model);
        }
        if (result.hasErrors()) {
            model.addAttribute("rows", form.textFr().size());
            return page(charter.draft(person.getPersonId()), model);
        }
        try {
            charter.saveDraft(person.getPersonId(), form.articles());
            redirect.addFlashAttribute("flashSuccess", "charter.draft.saved");
        } catch (MembershipRuleException e) {
            redirect.addFlashAttribute("flashError", "charter.draft.refused." + e.reason());
        }
        return "redirect:/charter/draft";
    }

    @PostMapping("/charter/draft/publish")
    String publish(@AuthenticationPrincipal SignedInPerson person, RedirectAttributes redirect) {
        try {
            CharterVersion published = charter.publish(person.getPersonId());
            redirect.addFlashAttribute("flashSuccess", "charter.draft.published");
            redirect.addFlashAttribute("flashArgument", published.number());
            return "redirect:/charter";
        } catch (MembershipRuleException e) {
            redirect.addFlashAttribute("flashError", "charter.draft.refused." + e.reason());
            return "redirect:/charter/draft";
        }
    }

    private String page(Optional<CharterVersion> draft, Model model) {
        model.addAttribute("draft", draft.orElse(null));
        model.addAttribute("current", charter.current().orElse(null));
        return "charter/draft";
    }
}
