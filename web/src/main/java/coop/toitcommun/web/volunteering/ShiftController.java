package coop.toitcommun.web.volunteering;

import static coop.toitcommun.web.volunteering.VolunteeringRefusals.actor;

import java.util.List;

import coop.toitcommun.venue.volunteering.Loads;
import coop.toitcommun.venue.volunteering.PersonLoad;
import coop.toitcommun.venue.volunteering.ShiftView;
import coop.toitcommun.venue.volunteering.Shifts;
import coop.toitcommun.venue.volunteering.VolunteeringActor;
import coop.toitcommun.venue.volunteering.VolunteeringRefusedException;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One shift: who is on it; for coordinators, signing someone up (the least loaded first), confirming or correcting
 * the hours done once it has started, and cancelling it while it is coming.
 */
@Controller
class ShiftController {

    private final Shifts shifts;
    private final Loads loads;
    private final VolunteeringRefusals refusals;

    ShiftController(Shifts shifts, Loads loads, VolunteeringRefusals refusals) {
        this.shifts = shifts;
        this.loads = loads;
        this.refusals = refusals;
    }

    @GetMapping("/volunteering/shifts/{id}")
    String show(@AuthenticationPrincipal SignedInPerson person, @PathVariable long id, Model model) {
        VolunteeringActor actor = actor(person);
        ShiftView shift = shifts.get(actor, id);
        model.addAttribute("actor", actor);
        model.addAttribute("shift", shift);
        model.addAttribute("roster", actor.volunteer() ? shifts.roster(actor, id) : List.of());
        List<PersonLoad> candidates = actor.coordinator() && shift.open() ? loads.candidates(actor, id) : List.of();
        model.addAttribute("candidates", candidates);
        return "volunteering/shift";
    }

    @PostMapping("/volunteering/shifts/{id}/assign")
    String assign(@AuthenticationPrincipal SignedInPerson person, @PathVariable long id,
                  @RequestParam("person") long personId, RedirectAttributes redirect) {
        refusals.flash(redirect, "volunteering.flash.assigned", () -> shifts.assign(actor(person), id, personId));
        return "redirect:/volunteering/shifts/" + id;
    }

    @PostMapping("/volunteering/signups/{id}/hours")
    String confirm(@AuthenticationPrincipal SignedInPerson person, @PathVariable long id,
                   @Valid @ModelAttribute("hoursForm") HoursForm form, BindingResult result, RedirectAttributes redirect) {
        VolunteeringActor actor = actor(person);
        long shift = shifts.shiftOf(actor, id);
        if (result.hasErrors()) {
            redirect.addFlashAttribute("refusal", refusals.text(new VolunteeringRefusedException("volunteering.refused.minutes")));
            return "redirect:/volunteering/shifts/" + shift;
        }
        refusals.flash(redirect, "volunteering.flash.confirmed", () -> shifts.confirm(actor, id, form.total()));
        return "redirect:/volunteering/shifts/" + shift;
    }

    @PostMapping("/volunteering/shifts/{id}/cancel")
    String cancel(@AuthenticationPrincipal SignedInPerson person, @PathVariable long id, RedirectAttributes redirect) {
        refusals.flash(redirect, "volunteering.flash.cancelled", () -> shifts.cancel(actor(person), id));
        return "redirect:/volunteering/shifts/" + id;
    }
}
