package coop.toitcommun.web.programme;

import java.util.Map;

import coop.toitcommun.venue.Actor;
import coop.toitcommun.venue.BookingConflictException;
import coop.toitcommun.venue.BookingRefusedException;
import coop.toitcommun.venue.PublicEventView;
import coop.toitcommun.venue.PublicEvents;
import coop.toitcommun.venue.Rooms;
import coop.toitcommun.membership.HouseClock;
import coop.toitcommun.web.input.Text;
import coop.toitcommun.web.security.SignedInPerson;
import coop.toitcommun.web.venue.Actors;
import coop.toitcommun.web.venue.Refusals;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Organisers publish, change and cancel their organisations' events (who registered has
 * {@link RegistrationsController}). The venue's services check who may do what; this only turns forms and refusals
 * into pages.
 */
@Controller
class OrganiserController {

    private static final Map<String, String> PLACE_FIELDS = Map.of(
        "events.refused.roomMissing", "room", "events.refused.addressMissing", "address");

    private final PublicEvents events;
    private final Rooms rooms;
    private final HouseClock time;
    private final Refusals refusals;

    OrganiserController(PublicEvents events, Rooms rooms, HouseClock time, Refusals refusals) {
        this.events = events;
        this.rooms = rooms;
        this.time = time;
        this.refusals = refusals;
    }

    @GetMapping("/programme")
    String mine(@AuthenticationPrincipal SignedInPerson person, Model model) {
        Actor actor = actor(person);
        model.addAttribute("events", events.ofOrganiser(actor));
        model.addAttribute("mayPublish", !events.publishersFor(actor).isEmpty());
        return "programme/mine";
    }

    @GetMapping("/programme/new")
    String form(@AuthenticationPrincipal SignedInPerson person, Model model) {
        var choices = events.publishersFor(actor(person));
        model.addAttribute("eventForm", EventForm.prefilled(choices.size() == 1 ? choices.get(0).id() : null,
            time.localNow().toLocalDate().plusWeeks(2)));
        return formPage(person, model, null);
    }

    @PostMapping("/programme")
    String publish(@AuthenticationPrincipal SignedInPerson person, @Valid @ModelAttribute("eventForm") EventForm form,
                   BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                PublicEventView event = events.publish(form.toCommand(actor(person)));
                redirect.addFlashAttribute("flashSuccess", "events.flash.published");
                return "redirect:/programme/" + event.id();
            } catch (BookingConflictException | BookingRefusedException e) {
                refuse(e, result, model, response);
            }
        }
        return formPage(person, model, null);
    }

    @GetMapping("/programme/{id}/edit")
    String edit(@AuthenticationPrincipal SignedInPerson person, @PathVariable long id, Model model) {
        PublicEventView event = events.forOrganiser(actor(person), id);
        model.addAttribute("eventForm", EventForm.of(event));
        return formPage(person, model, event);
    }

    @PostMapping("/programme/{id}")
    String change(@AuthenticationPrincipal SignedInPerson person, @PathVariable long id,
                  @Valid @ModelAttribute("eventForm") EventForm form, BindingResult result, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        Actor actor = actor(person);
        PublicEventView event = events.forOrganiser(actor, id);
        if (!result.hasErrors()) {
            try {
                events.change(id, form.toCommand(actor));
                redirect.addFlashAttribute("flashSuccess", "events.flash.changed");
                return "redirect:/programme/" + id;
            } catch (BookingConflictException | BookingRefusedException e) {
                refuse(e, result, model, response);
            }
        }
        return formPage(person, model, event);
    }

    @PostMapping("/programme/{id}/cancel")
    String cancel(@AuthenticationPrincipal SignedInPerson person, @PathVariable long id,
                  @RequestParam(required = false) @Text(max = 500, column = "venue.public_event.cancel_reason") String reason,
                  RedirectAttributes redirect) {
        try {
            events.cancel(actor(person), id, reason);
            redirect.addFlashAttribute("flashSuccess", "events.flash.cancelled");
        } catch (BookingRefusedException e) {
            redirect.addFlashAttribute("refusal", refusals.text(e));
        }
        return "redirect:/programme/" + id;
    }

    private static Actor actor(SignedInPerson person) {
        return Actors.of(person);
    }

    /** The venue's refusals of a missing place go under their field (the room, the address); the others above the form. */
    private void refuse(RuntimeException problem, BindingResult result, Model model, HttpServletResponse response) {
        String field = problem instanceof BookingRefusedException refusal ? PLACE_FIELDS.get(refusal.reason()) : null;
        if (field == null) {
            refusals.show(problem, model, response);
            return;
        }
        response.setStatus(422);
        result.rejectValue(field, ((BookingRefusedException) problem).reason());
    }

    private String formPage(SignedInPerson person, Model model, PublicEventView existing) {
        model.addAttribute("organisationChoices", events.publishersFor(actor(person)));
        model.addAttribute("roomChoices", rooms.bookable());
        model.addAttribute("existing", existing);
        return "programme/form";
    }
}
