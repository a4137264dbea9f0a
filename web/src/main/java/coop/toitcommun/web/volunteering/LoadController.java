package coop.toitcommun.web.volunteering;

import static coop.toitcommun.web.volunteering.VolunteeringRefusals.actor;

import coop.toitcommun.membership.HouseClock;
import coop.toitcommun.venue.volunteering.Loads;
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

/** Coordinators: the load per person over 4 and 12 weeks, the busiest few's share, and the house's thresholds. */
@Controller
class LoadController {

    private final Loads loads;
    private final VolunteeringRefusals refusals;
    private final HouseClock time;

    LoadController(Loads loads, VolunteeringRefusals refusals, HouseClock time) {
        this.loads = loads;
        this.refusals = refusals;
        this.time = time;
    }

    @GetMapping("/volunteering/load")
    String load(@AuthenticationPrincipal SignedInPerson person, Model model) {
        model.addAttribute("actor", actor(person));
        model.addAttribute("report", loads.report(actor(person)));
        model.addAttribute("year", time.localNow().getYear());
        return "volunteering/load";
    }

    @GetMapping("/volunteering/settings")
    String settings(@AuthenticationPrincipal SignedInPerson person, Model model) {
        model.addAttribute("actor", actor(person));
        model.addAttribute("settingsForm", SettingsForm.of(loads.settingsToEdit(actor(person))));
        return "volunteering/settings";
    }

    @PostMapping("/volunteering/settings")
    String change(@AuthenticationPrincipal SignedInPerson person, @Valid @ModelAttribute("settingsForm") SettingsForm form,
                  BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                loads.change(actor(person), form.toSettings());
                redirect.addFlashAttribute("flashSuccess", "volunteering.flash.settingsSaved");
                return "redirect:/volunteering/load";
            } catch (VolunteeringRefusedException e) {
                model.addAttribute("refusal", refusals.text(e));
            }
        }
        response.setStatus(422);
        model.addAttribute("actor", actor(person));
        return "volunteering/settings";
    }
}
