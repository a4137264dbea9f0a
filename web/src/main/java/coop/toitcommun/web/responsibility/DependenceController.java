package coop.toitcommun.web.responsibility;

import static coop.toitcommun.web.responsibility.ResponsibilitiesController.actor;

import coop.toitcommun.membership.HouseClock;
import coop.toitcommun.governance.responsibility.Dependence;
import coop.toitcommun.web.security.SignedInPerson;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** "Can the house do without them?": responsibilities without a backup, and each person's load beside their mandates. */
@Controller
class DependenceController {

    private final Dependence dependence;
    private final HouseClock calendar;

    DependenceController(Dependence dependence, HouseClock calendar) {
        this.dependence = dependence;
        this.calendar = calendar;
    }

    @GetMapping("/responsibilities/dependence")
    String dependence(@AuthenticationPrincipal SignedInPerson person, Model model) {
        model.addAttribute("report", dependence.on(actor(person), calendar.today()));
        model.addAttribute("manages", actor(person).manages());
        return "responsibilities/dependence";
    }
}
