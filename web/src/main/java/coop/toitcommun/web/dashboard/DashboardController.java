package coop.toitcommun.web.dashboard;

import coop.toitcommun.governance.Deadlines;
import coop.toitcommun.governance.GovernanceCalendar;
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
    private final Deadlines deadlines;
    private final GovernanceCalendar calendar;

    DashboardController(Accounts accounts, Deadlines deadlines, GovernanceCalendar calendar) {
        this.accounts = accounts;
        this.deadlines = deadlines;
        this.calendar = calendar;
    }

    @GetMapping("/dashboard")
    String dashboard(@AuthenticationPrincipal SignedInPerson person, Model model) {
        if (person.has(Role.ADMIN)) {
            model.addAttribute("pendingInvitations", accounts.pendingInvitations());
        }
        model.addAttribute("account", accounts.find(person.getPersonId()).orElseThrow());
        model.addAttribute("governanceDeadlines", deadlines.forPerson(person.getPersonId(), calendar.today()));
        return "dashboard/index";
    }
}
