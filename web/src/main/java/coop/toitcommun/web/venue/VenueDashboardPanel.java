package coop.toitcommun.web.venue;

import coop.toitcommun.venue.Actor;
import coop.toitcommun.venue.Bookings;
import coop.toitcommun.web.dashboard.DashboardPanel;
import coop.toitcommun.web.security.SignedInPerson;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The person's next bookings; for employees, the bookings waiting for their approval. */
@Component
class VenueDashboardPanel implements DashboardPanel {

    private static final int NEXT_BOOKINGS = 5;

    private final Bookings bookings;

    VenueDashboardPanel(Bookings bookings) {
        this.bookings = bookings;
    }

    @Override
    public void addTo(Model model, SignedInPerson person) {
        Actor actor = Actors.of(person);
        model.addAttribute("venueUpcoming", bookings.next(actor, NEXT_BOOKINGS));
        model.addAttribute("venuePending", actor.staff() ? bookings.awaitingApprovalCount(actor) : 0);
    }
}
