package coop.toitcommun.web.charter;

import coop.toitcommun.membership.Charter;
import coop.toitcommun.membership.CharterVersion;
import coop.toitcommun.membership.MembershipRuleException;
import coop.toitcommun.membership.Role;
import coop.toitcommun.web.security.SignedInPerson;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
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
        CharterVersion base = charter.draft().or(charter::current)
            .orElse(new CharterVersion(0, 1, null, java.util.List.of()));
        model.addAttribute("draft", charter.draft().orElse(null));
        model.addAttribute("draftForm", DraftForm.of(base));
        model.addAttribute("current", charter.current().orElse(null));
        return "charter/draft";
    }

    @PostMapping("/charter/draft")
    String save(@AuthenticationPrincipal SignedInPerson person, @ModelAttribute("draftForm") DraftForm form,
                RedirectAttributes redirect) {
        requireCofounder(person);
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

    private static void requireCofounder(SignedInPerson person) {
        if (!person.has(Role.COFOUNDER)) {
            throw new AccessDeniedException("co-founders only");
        }
    }
}
