package coop.toitcommun.web.meetings;

import coop.toitcommun.governance.Meeting;
import coop.toitcommun.governance.MeetingException;
import coop.toitcommun.venue.BookingConflictException;
import coop.toitcommun.venue.BookingRefusedException;
import coop.toitcommun.web.error.Forms;
import coop.toitcommun.web.security.SignedInPerson;
import coop.toitcommun.web.venue.Actors;
import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Those who prepare a meeting move it to another day or time: its room moves with it, and when the room is taken
 * then, the page names the free rooms to choose from; those already convened are told by email.
 */
@Controller
class MeetingMoveController {

    private final MeetingScheduling scheduling;
    private final MeetingViews views;

    MeetingMoveController(MeetingScheduling scheduling, MeetingViews views) {
        this.scheduling = scheduling;
        this.views = views;
    }

    @GetMapping("/meetings/{id}/move")
    String form(@AuthenticationPrincipal SignedInPerson person, @PathVariable long id, Model model) {
        Meeting meeting = views.preparerHeader(model, person, id);
        model.addAttribute("moveForm", MoveForm.of(meeting));
        return "meetings/move";
    }

    @PostMapping("/meetings/{id}/move")
    String move(@AuthenticationPrincipal SignedInPerson person, @PathVariable long id, @Valid @ModelAttribute MoveForm moveForm,
                BindingResult errors, Model model, RedirectAttributes redirect) {
        views.preparerHeader(model, person, id);
        if (errors.hasErrors() || Forms.unreadable(errors)) {
            return "meetings/move";
        }
        try {
            Meeting moved = scheduling.move(person.getPersonId(), id, moveForm.date().atTime(moveForm.time()),
                moveForm.durationMinutes(), moveForm.roomId(), Actors.of(person));
            redirect.addFlashAttribute("notice", moved.roomName() == null ? "meetings.move.done" : "meetings.move.doneRoom");
            return "redirect:/meetings/" + id;
        } catch (BookingConflictException e) {
            model.addAttribute("conflict", e.conflict());
        } catch (BookingRefusedException e) {
            model.addAttribute("bookingRefused", e.reason());
            model.addAttribute("bookingArguments", e.arguments());
        } catch (MeetingException e) {
            model.addAttribute("refusal", e);
        }
        return "meetings/move";
    }
}
