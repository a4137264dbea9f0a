package coop.toitcommun.web.volunteering;

import static coop.toitcommun.web.volunteering.VolunteeringRefusals.actor;

import coop.toitcommun.membership.HouseClock;
import coop.toitcommun.venue.volunteering.Loads;
import coop.toitcommun.venue.volunteering.Shifts;
import coop.toitcommun.venue.volunteering.VolunteeringActor;
import coop.toitcommun.venue.volunteering.VolunteeringRefusedException;
import coop.toitcommun.web.security.SignedInPerson;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The volunteer's pages: the coming shifts of every mission, signing up and withdrawing, and one's own hours. The
 * venue's volunteering services check who may do what; this turns their answers and refusals into pages.
 */
@Controller
class VolunteeringController {

    static final int PAGE_SIZE = 20;

    private final Shifts shifts;
    private final Loads loads;
    private final VolunteeringRefusals refusals;
    private final HouseClock time;

    VolunteeringController(Shifts shifts, Loads loads, VolunteeringRefusals refusals, HouseClock time) {
        this.shifts = shifts;
        this.loads = loads;
        this.refusals = refusals;
        this.time = time;
    }

    @GetMapping("/volunteering")
    String coming(@AuthenticationPrincipal SignedInPerson person, @RequestParam(defaultValue = "0") int page, Model model) {
        VolunteeringActor actor = actor(person);
        model.addAttribute("actor", actor);
        model.addAttribute("shifts", shifts.coming(actor, null, PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
        return "volunteering/index";
    }

    @GetMapping("/volunteering/hours")
    String hours(@AuthenticationPrincipal SignedInPerson person, @RequestParam(defaultValue = "0") int page, Model model) {
        VolunteeringActor actor = actor(person);
        model.addAttribute("actor", actor);
        model.addAttribute("load", loads.mine(actor));
        model.addAttribute("lines", shifts.hoursOf(actor, actor.personId(), PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
        model.addAttribute("year", time.localNow().getYear());
        return "volunteering/hours";
    }

    @PostMapping("/volunteering/shifts/{id}/signup")
    String signUp(@AuthenticationPrincipal SignedInPerson person, @PathVariable long id, RedirectAttributes redirect) {
        refusals.flash(redirect, "volunteering.flash.signedUp", () -> shifts.signUp(actor(person), id));
        return "redirect:/volunteering/shifts/" + id;
    }

    @PostMapping("/volunteering/signups/{id}/withdraw")
    String withdraw(@AuthenticationPrincipal SignedInPerson person, @PathVariable long id, RedirectAttributes redirect) {
        try {
            long shift = shifts.withdraw(actor(person), id);
            redirect.addFlashAttribute("flashSuccess", "volunteering.flash.withdrawn");
            return "redirect:/volunteering/shifts/" + shift;
        } catch (VolunteeringRefusedException e) {
            redirect.addFlashAttribute("refusal", refusals.text(e));
            return "redirect:/volunteering/hours";
        }
    }
}
