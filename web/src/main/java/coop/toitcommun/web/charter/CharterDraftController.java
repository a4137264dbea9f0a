package coop.toitcommun.web.charter;

import java.util.List;

import coop.toitcommun.membership.Charter;
import coop.toitcommun.membership.CharterVersion;
import coop.toitcommun.membership.MembershipRuleException;
import coop.toitcommun.membership.Role;
import coop.toitcommun.web.error.Forms;
import coop.toitcommun.web.security.SignedInPerson;
import jakarta.validation.Valid;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Co-founders draft the next charter version, then publish it (irreversibly, after confirmation). */
@Controller
class CharterDraftController {

    private final Charter charter;

    CharterDraftController(Charter charter) {
        this.charter = charter;
    }

    @GetMapping("/charter/draft")
    String draft(@AuthenticationPrincipal SignedInPerson person, Model model) {
        requireCofounder(person);
        DraftForm form = DraftForm.of(base());
        model.addAttribute("draftForm", form);
        model.addAttribute("rows", form.textFr().size());
        return page(model);
    }

    @PostMapping("/charter/draft")
    String save(@AuthenticationPrincipal SignedInPerson person, @Valid @ModelAttribute("draftForm") DraftForm form,
                BindingResult result, Model model, RedirectAttributes redirect) {
        requireCofounder(person);
        if (Forms.unreadable(result)) {
            // a request no page sends (an article sent twice): the draft as saved, and why nothing changed
            model.addAttribute("flashError", "input.formUnreadable");
            return draft(person, model);
        }
        if (result.hasErrors()) {
            model.addAttribute("rows", form.textFr().size());
            return page(model);
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
        requireCofounder(person);
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

    private CharterVersion base() {
        return charter.draft().or(charter::current).orElse(new CharterVersion(0, 1, null, List.of()));
    }

    private String page(Model model) {
        model.addAttribute("draft", charter.draft().orElse(null));
        model.addAttribute("current", charter.current().orElse(null));
        return "charter/draft";
    }

    private static void requireCofounder(SignedInPerson person) {
        if (!person.has(Role.COFOUNDER)) {
            throw new AccessDeniedException("co-founders only");
        }
    }
}
