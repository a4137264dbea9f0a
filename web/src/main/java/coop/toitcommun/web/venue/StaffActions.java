package coop.toitcommun.web.venue;

import coop.toitcommun.venue.BookingRefusedException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** What the staff's buttons do once pressed: the venue's answer as a message on the page they come back to. */
final class StaffActions {

    private StaffActions() {
    }

    static String act(RedirectAttributes redirect, String success, String page, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("flashSuccess", success);
        } catch (BookingRefusedException e) {
            redirect.addFlashAttribute("flashError", e.reason());
        }
        return "redirect:" + page;
    }
}
