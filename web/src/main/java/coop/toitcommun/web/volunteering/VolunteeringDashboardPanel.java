package coop.toitcommun.web.volunteering;

import java.util.List;

import coop.toitcommun.venue.volunteering.HoursLine;
import coop.toitcommun.venue.volunteering.Loads;
import coop.toitcommun.venue.volunteering.MyLoad;
import coop.toitcommun.venue.volunteering.PersonLoad;
import coop.toitcommun.venue.volunteering.Shifts;
import coop.toitcommun.venue.volunteering.VolunteeringActor;
import coop.toitcommun.web.dashboard.DashboardPanel;
import coop.toitcommun.web.security.SignedInPerson;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * For people who volunteer: their hours over four weeks, an overload alert, their next shifts; for coordinators, the
 * people above the house's thresholds. Nothing (and no statement) for the others.
 */
@Component
class VolunteeringDashboardPanel implements DashboardPanel {

    private static final int NEXT_SHIFTS = 3;

    /** What the panel shows. */
    record Panel(MyLoad mine, List<HoursLine> next, boolean coordinator, List<PersonLoad> overloaded) {
    }

    private final Shifts shifts;
    private final Loads loads;

    VolunteeringDashboardPanel(Shifts shifts, Loads loads) {
        this.shifts = shifts;
        this.loads = loads;
    }

    @Override
    public void addTo(Model model, SignedInPerson person) {
        VolunteeringActor actor = VolunteeringRefusals.actor(person);
        if (!actor.volunteer()) {
            return;
        }
        List<PersonLoad> overloaded = actor.coordinator() ? loads.report(actor).overloaded() : List.of();
        model.addAttribute("volunteering", new Panel(loads.mine(actor), shifts.nextOf(actor, NEXT_SHIFTS),
            actor.coordinator(), overloaded));
    }
}
