package coop.toitcommun.web.responsibility;

import static coop.toitcommun.web.responsibility.ResponsibilitiesController.actor;

import coop.toitcommun.governance.responsibility.HouseActor;
import coop.toitcommun.governance.responsibility.Responsibilities;
import coop.toitcommun.governance.responsibility.Responsibility;
import coop.toitcommun.governance.responsibility.ResponsibilityException;
import coop.toitcommun.web.security.SignedInPerson;
import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Handing a responsibility over to someone else: a dated line of its history, kept for good. */
@Controller
class HandoverController {

    private final Responsibilities responsibilities;
    private final ResponsibilityRefusals refusals;

    HandoverController(Responsibilities responsibilities, ResponsibilityRefusals refusals) {
        this.responsibilities = responsibilities;
        this.refusals = refusals;
    }

    @GetMapping("/responsibilities/{id}/handover")
    String form(@AuthenticationPrincipal SignedInPerson person, @PathVariable long id, Model model) {
        Responsibility responsibility = responsibilities.get(actor(person), id);
        if (responsibility.archived()) {
            return "redirect:/responsibilities/" + id;
        }
        model.addAttribute("handoverForm", HandoverForm.of(responsibility));
        return page(person, responsibility, model);
    }

    @PostMapping("/responsibilities/{id}/handover")
    String handOver(@AuthenticationPrincipal SignedInPerson person, @PathVariable long id,
                    @Valid @ModelAttribute("handoverForm") HandoverForm form, BindingResult result, Model model,
                    RedirectAttributes redirect) {
        HouseActor actor = actor(person);
        Responsibility current = responsibilities.get(actor, id);
        if (!result.hasErrors()) {
            try {
                responsibilities.handOver(actor, id, form.toHandover());
                redirect.addFlashAttribute("flashSuccess", "responsibilities.flash.handedOver");
                return "redirect:/responsibilities/" + id + "#history";
            } catch (ResponsibilityException e) {
                String elsewhere = refusals.show(e, actor, id, "handoverForm", form::atVersion, result, model, redirect);
                if (elsewhere != null) {
                    return elsewhere;
                }
            }
        }
        return page(person, current, model);
    }

    private String page(SignedInPerson person, Responsibility responsibility, Model model) {
        model.addAttribute("responsibility", responsibility);
        model.addAttribute("candidates", responsibilities.candidates(actor(person)));
        return "responsibilities/handover";
    }
}
