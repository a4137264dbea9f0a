package coop.toitcommun.web.dashboard;

import java.util.List;

import coop.toitcommun.membership.Accounts;
import coop.toitcommun.web.security.SignedInPerson;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** What a person needs now: each feature contributes its panel. */
@Controller
class DashboardController {

    private final Accounts accounts;
    private final List<DashboardPanel> panels;

    DashboardController(Accounts accounts, List<DashboardPanel> panels) {
        this.accounts = accounts;
        this.panels = panels;
    }

    @GetMapping("/dashboard")
    String dashboard(@AuthenticationPrincipal SignedInPerson person, Model model) {
        model.addAttribute("account", accounts.find(person.getPersonId()).orElseThrow());
        panels.forEach(panel -> panel.addTo(model, person));
        return "dashboard/index";
    }
}
