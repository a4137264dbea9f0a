package coop.toitcommun.web.door;

import coop.toitcommun.membership.Applications;
import coop.toitcommun.membership.Exclusions;
import coop.toitcommun.membership.Organisations;
import coop.toitcommun.membership.Resignatures;
import coop.toitcommun.membership.Role;
import coop.toitcommun.web.dashboard.DashboardPanel;
import coop.toitcommun.web.security.SignedInPerson;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The door on the dashboard: applications waiting for co-founders; for representatives, sponsorship
 * requests, charter re-signatures and exclusion procedures to answer; for everyone, their organisations.
 */
@Component
class DoorDashboardPanel implements DashboardPanel {

    private final Organisations organisations;
    private final Applications applications;
    private final Resignatures resignatures;
    private final Exclusions exclusions;

    DoorDashboardPanel(Organisations organisations, Applications applications, Resignatures resignatures,
                       Exclusions exclusions) {
        this.organisations = organisations;
        this.applications = applications;
        this.resignatures = resignatures;
        this.exclusions = exclusions;
    }

    @Override
    public void addTo(Model model, SignedInPerson person) {
        long personId = person.getPersonId();
        if (person.has(Role.COFOUNDER)) {
            model.addAttribute("pendingApplications", applications.pendingCount());
        }
        model.addAttribute("myOrganisations", organisations.ofPerson(personId));
        model.addAttribute("sponsorRequests", applications.sponsorRequests(personId));
        model.addAttribute("resignaturesDue", resignatures.dueFor(personId));
        model.addAttribute("exclusionsToAnswer", exclusions.againstOrganisationsOf(personId));
    }
}
