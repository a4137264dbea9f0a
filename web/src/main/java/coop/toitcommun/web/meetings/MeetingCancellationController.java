package coop.toitcommun.web.meetings;

import coop.toitcommun.governance.MeetingException;
import coop.toitcommun.web.input.Text;
import coop.toitcommun.web.security.SignedInPerson;
import coop.toitcommun.web.venue.Actors;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Those who prepare a meeting cancel it: its room is released and those convened are told, with the reason. */
@Controller
class MeetingCancellationController {

    private final MeetingScheduling scheduling;

    MeetingCancellationController(MeetingScheduling scheduling) {
        this.scheduling = scheduling;
    }

    @PostMapping("/meetings/{id}/cancel")
    String cancel(@AuthenticationPrincipal SignedInPerson person, @PathVariable long id,
                  @RequestParam(defaultValue = "") @Text(max = 500, column = "governance.meeting.cancel_reason") String reason,
                  RedirectAttributes redirect) {
        try {
            boolean room = scheduling.cancel(person.getPersonId(), id, reason, Actors.of(person)).bookingId() != null;
            redirect.addFlashAttribute("notice", room ? "meetings.cancel.doneRoom" : "meetings.cancel.done");
        } catch (MeetingException e) {
            redirect.addFlashAttribute("refusalKey", "meetings.refused." + e.reason());
        }
        return "redirect:/meetings/" + id;
    }
}
