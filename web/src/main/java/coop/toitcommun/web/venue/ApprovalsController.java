package coop.toitcommun.web.venue;

import static coop.toitcommun.web.venue.StaffActions.act;

import coop.toitcommun.venue.Bookings;
import coop.toitcommun.web.input.Text;
import coop.toitcommun.web.security.SignedInPerson;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Employees and admins approve or refuse the bookings that wait for them; Bookings checks that they may. */
@Controller
class ApprovalsController {

    private static final String APPROVALS = "/venue/approvals";

    private final Bookings bookings;

    ApprovalsController(Bookings bookings) {
        this.bookings = bookings;
    }

    @GetMapping("/venue/approvals")
    String approvals(@AuthenticationPrincipal SignedInPerson person, Model model) {
        model.addAttribute("pending", bookings.awaitingApproval(Actors.of(person)));
        return "venue/approvals";
    }

    @PostMapping("/bookings/{id}/approve")
    String approve(@AuthenticationPrincipal SignedInPerson person, @PathVariable long id, RedirectAttributes redirect) {
        return act(redirect, "venue.flash.approved", APPROVALS, () -> bookings.approve(Actors.of(person), id));
    }

    @PostMapping("/bookings/{id}/refuse")
    String refuse(@AuthenticationPrincipal SignedInPerson person, @PathVariable long id,
                  @RequestParam(required = false) @Text(max = 500, column = "venue.booking.status_reason") String reason,
                  RedirectAttributes redirect) {
        return act(redirect, "venue.flash.refused", APPROVALS, () -> bookings.refuse(Actors.of(person), id, reason));
    }
}
