package coop.toitcommun.web.volunteering;

import static coop.toitcommun.web.volunteering.VolunteeringRefusals.actor;

import coop.toitcommun.venue.volunteering.Volunteers;
import coop.toitcommun.venue.volunteering.VolunteeringRefusedException;
import coop.toitcommun.web.security.SignedInPerson;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Coordinators record a volunteer without an account (name, email, consent): no access is given. */
@Controller
class VolunteersController {

    private final Volunteers volunteers;
    private final VolunteeringRefusals refusals;

    VolunteersController(Volunteers volunteers, VolunteeringRefusals refusals) {
        this.volunteers = volunteers;
        this.refusals = refusals;
    }

    @GetMapping("/volunteering/people/new")
    String form(@AuthenticationPrincipal SignedInPerson person, Model model) {
        volunteers.checkMayRecord(actor(person));
        model.addAttribute("volunteerForm", VolunteerForm.empty());
        return "volunteering/volunteer-form";
    }

    @PostMapping("/volunteering/people")
    String record(@AuthenticationPrincipal SignedInPerson person, @Valid @ModelAttribute("volunteerForm") VolunteerForm form,
                  BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                volunteers.record(actor(person), form.name().trim(), form.email(), Boolean.TRUE.equals(form.consent()));
                redirect.addFlashAttribute("flashSuccess", "volunteering.flash.volunteerRecorded");
                return "redirect:/volunteering/load";
            } catch (VolunteeringRefusedException e) {
                model.addAttribute("refusal", refusals.text(e));
            }
        }
        response.setStatus(422);
        return "volunteering/volunteer-form";
    }
}
