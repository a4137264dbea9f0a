package coop.toitcommun.web.responsibility;

import static coop.toitcommun.web.responsibility.ResponsibilitiesController.actor;

import coop.toitcommun.membership.HouseClock;
import coop.toitcommun.governance.responsibility.Responsibilities;
import coop.toitcommun.web.dashboard.DashboardPanel;
import coop.toitcommun.web.security.SignedInPerson;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * For those who manage the register: the passed review dates, and a link to the dependence view when a responsibility
 * has no backup or someone holds too many. Everyone who reads the register gets a shortcut to it.
 */
@Component
class ResponsibilitiesDashboardPanel implements DashboardPanel {

    private final Responsibilities responsibilities;
    private final HouseClock calendar;

    ResponsibilitiesDashboardPanel(Responsibilities responsibilities, HouseClock calendar) {
        this.responsibilities = responsibilities;
        this.calendar = calendar;
    }

    @Override
    public void addTo(Model model, SignedInPerson person) {
        model.addAttribute("responsibilityAlerts", responsibilities.alerts(actor(person), calendar.today()));
        model.addAttribute("readsResponsibilities", actor(person).reads());
    }
}
