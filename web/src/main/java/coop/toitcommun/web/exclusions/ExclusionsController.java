package coop.toitcommun.web.exclusions;

import coop.toitcommun.membership.ExclusionProcedure;
import coop.toitcommun.membership.Exclusions;
import coop.toitcommun.membership.MembershipRuleException;
import coop.toitcommun.membership.Organisations;
import coop.toitcommun.web.input.Text;
import coop.toitcommun.web.security.SignedInPerson;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Exclusion procedures: co-founders open and decide them; the organisation's representatives answer. */
@Controller
class ExclusionsController {

    private final Exclusions exclusions;
    private final Organisations organisations;

    ExclusionsController(Exclusions exclusions, Organisations organisations) {
        this.exclusions = exclusions;
        this.organisations = organisations;
    }

    @GetMapping("/exclusions")
    String list(@AuthenticationPrincipal SignedInPerson person, Model model) {
        model.addAttribute("procedures", exclusions.all(person.getPersonId()));
        model.addAttribute("members", organisations.members());
        model.addAttribute("outcomes", ExclusionProcedure.Outcome.values());
        return "exclusions/list";
    }

    @PostMapping("/exclusions")
    String open(@AuthenticationPrincipal SignedInPerson person, @RequestParam long organisationId,
                @RequestParam(defaultValue = "") @Text(max = 4000, column = "membership.exclusion_procedure.grounds") String grounds,
                RedirectAttributes redirect) {
        return apply(redirect, "exclusions.opened", "/exclusions",
            () -> exclusions.open(person.getPersonId(), organisationId, grounds));
    }

    @PostMapping("/exclusions/{id}/decide")
    String decide(@AuthenticationPrincipal SignedInPerson person, @PathVariable long id,
                  @RequestParam ExclusionProcedure.Outcome outcome,
                  @RequestParam(defaultValue = "") @Text(max = 4000, column = "membership.exclusion_procedure.decision_reason") String reason,
                  RedirectAttributes redirect) {
        return apply(redirect, "exclusions.decided", "/exclusions",
            () -> exclusions.decide(person.getPersonId(), id, outcome, reason));
    }

    @PostMapping("/exclusions/{id}/answer")
    String answer(@AuthenticationPrincipal SignedInPerson person, @PathVariable long id,
                  @RequestParam(defaultValue = "") @Text(max = 4000, column = "membership.exclusion_procedure.answer") String answer,
                  RedirectAttributes redirect) {
        return apply(redirect, "exclusions.answered", "/dashboard",
            () -> exclusions.answer(person.getPersonId(), id, answer));
    }

    private static String apply(RedirectAttributes redirect, String success, String back, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("flashSuccess", success);
        } catch (MembershipRuleException e) {
            redirect.addFlashAttribute("flashError", "exclusions.refused." + e.reason());
        }
        return "redirect:" + back;
    }
}
