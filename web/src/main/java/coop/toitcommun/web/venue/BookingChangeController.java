package coop.toitcommun.web.venue;

import coop.toitcommun.venue.Actor;
import coop.toitcommun.venue.BookingConflictException;
import coop.toitcommun.venue.BookingRefusedException;
import coop.toitcommun.venue.BookingView;
import coop.toitcommun.venue.Bookings;
import coop.toitcommun.web.security.SignedInPerson;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A booking's time, room or details changed by its organisation (or by an employee, with a reason). */
@Controller
class BookingChangeController {

    private final Bookings bookings;
    private final Refusals refusals;
    private final BookingFormPage formPage;

    BookingChangeController(Bookings bookings, Refusals refusals, BookingFormPage formPage) {
        this.bookings = bookings;
        this.refusals = refusals;
        this.formPage = formPage;
    }

    @GetMapping("/bookings/{id}/edit")
    String edit(@AuthenticationPrincipal SignedInPerson person, @PathVariable long id, Model model) {
        BookingView booking = bookings.find(Actors.of(person), id);
        model.addAttribute("bookingForm", BookingForm.of(booking));
        return formPage.show(person, model, booking);
    }

    @PostMapping("/bookings/{id}")
    String change(@AuthenticationPrincipal SignedInPerson person, @PathVariable long id,
                  @Valid @ModelAttribute("bookingForm") BookingForm form, BindingResult result, Model model,
                  RedirectAttributes redirect, HttpServletResponse response) {
        Actor actor = Actors.of(person);
        BookingView booking = bookings.find(actor, id);
        if (!result.hasErrors()) {
            try {
                bookings.change(form.toChange(actor, id));
                redirect.addFlashAttribute("flashSuccess", "venue.flash.changed");
                return "redirect:/bookings/" + id;
            } catch (BookingConflictException | BookingRefusedException e) {
                refusals.show(e, model, response);
            }
        }
        return formPage.show(person, model, booking);
    }
}
