package coop.toitcommun.web.dashboard;

import coop.toitcommun.membership.Accounts;
import coop.toitcommun.membership.Applications;
import coop.toitcommun.membership.Exclusions;
import coop.toitcommun.membership.Organisations;
import coop.toitcommun.membership.Resignatures;
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
    private final Organisations organisations;
    private final Applications applications;
    private final Resignatures resignatures;
    private final Exclusions exclusions;

    DashboardController(Accounts accounts, Organisations organisations, Applications applications,
                        Resignatures resignatures, Exclusions exclusions) {
        this.accounts = accounts;
        this.organisations = organisations;
        this.applications = applications;
        this.resignatures = resignatures;
        this.exclusions = exclusions;
    }

    @GetMapping("/dashboard")
    String dashboard(@AuthenticationPrincipal SignedInPerson person, Model model) {
        if (person.has(Role.ADMIN)) {
            model.addAttribute("pendingInvitations", accounts.pendingInvitations());
        }
        if (person.has(Role.COFOUNDER)) {
            model.addAttribute("pendingApplications", applications.pendingCount());
        }
        long personId = person.getPersonId();
        model.addAttribute("myOrganisations", organisations.ofPerson(personId));
        model.addAttribute("sponsorRequests", applications.sponsorRequests(personId));
        model.addAttribute("resignaturesDue", resignatures.dueFor(personId));
        model.addAttribute("exclusionsToAnswer", exclusions.againstOrganisationsOf(personId));
        model.addAttribute("account", accounts.find(personId).orElseThrow());
        return "dashboard/index";
    }
}
