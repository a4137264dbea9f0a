package coop.toitcommun.web.door;

import coop.toitcommun.membership.Applications;
import coop.toitcommun.membership.Organisations;
import coop.toitcommun.membership.RepresentativeTasks;
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
    private final RepresentativeTasks representativeTasks;

    DoorDashboardPanel(Organisations organisations, Applications applications, RepresentativeTasks representativeTasks) {
        this.organisations = organisations;
        this.applications = applications;
        this.representativeTasks = representativeTasks;
    }

    @Override
    public void addTo(Model model, SignedInPerson person) {
        long personId = person.getPersonId();
        if (person.has(Role.COFOUNDER)) {
            model.addAttribute("pendingApplications", applications.pendingCount());
        }
        RepresentativeTasks.Tasks tasks = representativeTasks.of(personId);
        model.addAttribute("myOrganisations", organisations.ofPerson(personId)); // read along with the tasks
        model.addAttribute("sponsorRequests", tasks.sponsorRequests());
        model.addAttribute("resignaturesDue", tasks.resignaturesDue());
        model.addAttribute("exclusionsToAnswer", tasks.exclusionsToAnswer());
    }
}
