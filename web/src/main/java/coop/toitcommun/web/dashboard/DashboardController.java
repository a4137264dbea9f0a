package coop.toitcommun.web.dashboard;

import coop.toitcommun.membership.Accounts;
import coop.toitcommun.membership.Role;
import coop.toitcommun.web.security.SignedInPerson;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** What a person needs now, by role. */
@Controller
class DashboardController {

    private final Accounts accounts;

    DashboardController(Accounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/dashboard")
    String dashboard(@AuthenticationPrincipal SignedInPerson person, Model model) {
        if (person.has(Role.ADMIN)) {
            model.addAttribute("pendingInvitations", accounts.pendingInvitations());
        }
        model.addAttribute("account", accounts.find(person.getPersonId()).orElseThrow());
        return "dashboard/index";
    }
}
