package coop.toitcommun.web.dashboard;

import coop.toitcommun.membership.Accounts;
import coop.toitcommun.membership.Role;
import coop.toitcommun.venue.Actor;
import coop.toitcommun.venue.Bookings;
import coop.toitcommun.web.security.SignedInPerson;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** What a person needs now, by role. */
@Controller
class DashboardController {

    private static final int NEXT_BOOKINGS = 5;

    private final Accounts accounts;
    private final Bookings bookings;

    DashboardController(Accounts accounts, Bookings bookings) {
        this.accounts = accounts;
        this.bookings = bookings;
    }

    @GetMapping("/dashboard")
    String dashboard(@AuthenticationPrincipal SignedInPerson person, Model model) {
        if (person.has(Role.ADMIN)) {
            model.addAttribute("pendingInvitations", accounts.pendingInvitations());
        }
        model.addAttribute("account", accounts.find(person.getPersonId()).orElseThrow());
        boolean staff = person.has(Role.EMPLOYEE) || person.has(Role.ADMIN);
        Actor actor = new Actor(person.getPersonId(), staff);
        model.addAttribute("venueUpcoming", bookings.upcomingOf(actor).stream().filter(b -> b.active()).limit(NEXT_BOOKINGS).toList());
        model.addAttribute("venuePending", staff ? bookings.awaitingApproval(actor).size() : 0);
        return "dashboard/index";
    }
}
