package coop.toitcommun.web.governance;

import coop.toitcommun.governance.Deadlines;
import coop.toitcommun.membership.HouseClock;
import coop.toitcommun.web.dashboard.DashboardPanel;
import coop.toitcommun.web.security.SignedInPerson;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Mandates ending soon, cooperative revision and prefecture declarations that concern the person. */
@Component
class GovernanceDashboardPanel implements DashboardPanel {

    private final Deadlines deadlines;
    private final HouseClock calendar;

    GovernanceDashboardPanel(Deadlines deadlines, HouseClock calendar) {
        this.deadlines = deadlines;
        this.calendar = calendar;
    }

    @Override
    public void addTo(Model model, SignedInPerson person) {
        model.addAttribute("governanceDeadlines", deadlines.forPerson(person.getPersonId(), calendar.today()));
    }
}
