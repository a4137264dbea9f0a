package coop.toitcommun.web.meetings;

import coop.toitcommun.governance.GovernanceNotFoundException;
import coop.toitcommun.governance.Meetings;
import coop.toitcommun.venue.Bookings;
import coop.toitcommun.web.security.SignedInPerson;
import coop.toitcommun.web.venue.Actors;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * From a meeting's booking to its meeting: the booking page cannot move or cancel it, and leads to the meeting's
 * page, where it is done. Only those who may see the booking learn which meeting holds it.
 */
@Controller
class HeldBookingController {

    private final Bookings bookings;
    private final Meetings meetings;

    HeldBookingController(Bookings bookings, Meetings meetings) {
        this.bookings = bookings;
        this.meetings = meetings;
    }

    @GetMapping("/bookings/{id}/meeting")
    String meeting(@AuthenticationPrincipal SignedInPerson person, @PathVariable long id) {
        bookings.find(Actors.of(person), id);
        long meetingId = meetings.holding(id).orElseThrow(() -> new GovernanceNotFoundException("meeting holding booking " + id));
        return "redirect:/meetings/" + meetingId;
    }
}
