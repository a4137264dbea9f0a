package coop.toitcommun.web.responsibility;

import coop.toitcommun.membership.HouseClock;
import coop.toitcommun.governance.responsibility.HouseActor;
import coop.toitcommun.governance.responsibility.Responsibilities;
import coop.toitcommun.governance.responsibility.Responsibility;
import coop.toitcommun.governance.responsibility.ResponsibilityException;
import coop.toitcommun.web.error.Forms;
import coop.toitcommun.web.security.SignedInPerson;
import jakarta.validation.Valid;
import org.springframework.data.domain.PageRequest;
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
 * The register of responsibilities: the list (live or archived), a responsibility with its history, and the forms of
 * those who manage it. The governance module decides who may do what; this reads forms and shows refusals.
 */
@Controller
class ResponsibilitiesController {

    static final int PAGE_SIZE = 20;

    private final Responsibilities responsibilities;
    private final ResponsibilityRefusals refusals;
    private final HouseClock calendar;

    ResponsibilitiesController(Responsibilities responsibilities, ResponsibilityRefusals refusals, HouseClock calendar) {
        this.responsibilities = responsibilities;
        this.refusals = refusals;
        this.calendar = calendar;
    }

    static HouseActor actor(SignedInPerson person) {
        return HouseActor.of(person.getPersonId(), person.getRoles());
    }

    @GetMapping("/responsibilities")
    String list(@AuthenticationPrincipal SignedInPerson person, @RequestParam(defaultValue = "0") int page, Model model) {
        return list(person, false, page, model);
    }

    @GetMapping("/responsibilities/archived")
    String archived(@AuthenticationPrincipal SignedInPerson person, @RequestParam(defaultValue = "0") int page, Model model) {
        return list(person, true, page, model);
    }

    @GetMapping("/responsibilities/new")
    String form(@AuthenticationPrincipal SignedInPerson person, Model model) {
        model.addAttribute("responsibilityForm", ResponsibilityForm.empty(calendar.today()));
        return formPage(person, null, model);
    }

    @PostMapping("/responsibilities")
    String create(@AuthenticationPrincipal SignedInPerson person, @Valid @ModelAttribute("responsibilityForm") ResponsibilityForm form,
                  BindingResult result, Model model, RedirectAttributes redirect) {
        if (!Forms.unreadable(result) && form.holder() == null) {
            result.rejectValue("holder", "responsibilities.form.holderRequired");
        }
        if (!result.hasErrors()) {
            try {
                Responsibility created = responsibilities.create(actor(person), form.toNew());
                redirect.addFlashAttribute("flashSuccess", "responsibilities.flash.created");
                return "redirect:/responsibilities/" + created.id();
            } catch (ResponsibilityException e) {
                ResponsibilityRefusals.show(e, result);
            }
        }
        return formPage(person, null, model);
    }

    @GetMapping("/responsibilities/{id}")
    String show(@AuthenticationPrincipal SignedInPerson person, @PathVariable long id, Model model) {
        HouseActor actor = actor(person);
        model.addAttribute("responsibility", responsibilities.get(actor, id));
        model.addAttribute("history", responsibilities.history(actor, id));
        model.addAttribute("manages", actor.manages());
        model.addAttribute("today", calendar.today());
        model.addAttribute("zone", calendar.zone());
        return "responsibilities/show";
    }

    @GetMapping("/responsibilities/{id}/edit")
    String edit(@AuthenticationPrincipal SignedInPerson person, @PathVariable long id, Model model) {
        Responsibility responsibility = responsibilities.get(actor(person), id);
        if (responsibility.archived()) {
            return "redirect:/responsibilities/" + id;
        }
        model.addAttribute("responsibilityForm", ResponsibilityForm.of(responsibility));
        return formPage(person, responsibility, model);
    }

    @PostMapping("/responsibilities/{id}")
    String change(@AuthenticationPrincipal SignedInPerson person, @PathVariable long id,
                  @Valid @ModelAttribute("responsibilityForm") ResponsibilityForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        HouseActor actor = actor(person);
        Responsibility current = responsibilities.get(actor, id);
        if (!result.hasErrors()) {
            try {
                responsibilities.change(actor, id, form.toChange());
                redirect.addFlashAttribute("flashSuccess", "responsibilities.flash.changed");
                return "redirect:/responsibilities/" + id;
            } catch (ResponsibilityException e) {
                String elsewhere = refusals.show(e, actor, id, "responsibilityForm", form::atVersion, result, model, redirect);
                if (elsewhere != null) {
                    return elsewhere;
                }
            }
        }
        return formPage(person, current, model);
    }

    @PostMapping("/responsibilities/{id}/archive")
    String archive(@AuthenticationPrincipal SignedInPerson person, @PathVariable long id, @RequestParam long version,
                   RedirectAttributes redirect) {
        try {
            responsibilities.archive(actor(person), id, version);
            redirect.addFlashAttribute("flashSuccess", "responsibilities.flash.archived");
            return "redirect:/responsibilities";
        } catch (ResponsibilityException e) {
            redirect.addFlashAttribute("flashError", "responsibilities.refused." + e.reason());
            return "redirect:/responsibilities/" + id;
        }
    }

    private String list(SignedInPerson person, boolean archived, int page, Model model) {
        model.addAttribute("responsibilities", responsibilities.page(actor(person), archived,
            PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
        model.addAttribute("archived", archived);
        model.addAttribute("manages", actor(person).manages());
        model.addAttribute("today", calendar.today());
        return "responsibilities/list";
    }

    private String formPage(SignedInPerson person, Responsibility existing, Model model) {
        model.addAttribute("candidates", responsibilities.candidates(actor(person)));
        model.addAttribute("existing", existing);
        return "responsibilities/form";
    }
}
