package coop.toitcommun.web.venue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.function.Function;

import coop.toitcommun.membership.OrganisationRef;
import coop.toitcommun.venue.Actor;
import coop.toitcommun.venue.BookingConflictException;
import coop.toitcommun.venue.BookingRefusedException;
import coop.toitcommun.venue.BookingStatus;
import coop.toitcommun.venue.BookingView;
import coop.toitcommun.venue.Bookings;
import coop.toitcommun.membership.HouseClock;
import coop.toitcommun.web.input.Text;
import coop.toitcommun.web.security.SignedInPerson;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Members book a room for their organisation, once or as a series (whose dates they see before booking); their
 * bookings have {@link MyBookingsController}, changes {@link BookingChangeController}. Bookings checks every rule.
 */
@Controller
class BookingController {

    private final Bookings bookings;
    private final HouseClock time;
    private final Refusals refusals;
    private final BookingFormPage formPage;

    BookingController(Bookings bookings, HouseClock time, Refusals refusals, BookingFormPage formPage) {
        this.bookings = bookings;
        this.time = time;
        this.refusals = refusals;
        this.formPage = formPage;
    }

    @GetMapping("/bookings/new")
    String form(@AuthenticationPrincipal SignedInPerson person, @RequestParam(required = false) Long room,
                @RequestParam(required = false) @Text(max = 10, column = Text.NOT_STORED) String date,
                @RequestParam(required = false) @Text(max = 5, column = Text.NOT_STORED) String start,
                @RequestParam(required = false) @Text(max = 5, column = Text.NOT_STORED) String end, Model model) {
        List<OrganisationRef> choices = formPage.choices(person);
        LocalDate day = parse(date, LocalDate::parse, time.localNow().toLocalDate().plusDays(1));
        LocalTime from = parse(start, LocalTime::parse, LocalTime.of(10, 0));
        LocalTime to = parse(end, LocalTime::parse, from.plusHours(1));
        Long organisation = choices.size() == 1 ? choices.get(0).id() : null;
        model.addAttribute("bookingForm", BookingForm.prefilled(room, organisation, day, from, to));
        return formPage.show(person, model, null);
    }

    @PostMapping("/bookings")
    String book(@AuthenticationPrincipal SignedInPerson person, @Valid @ModelAttribute("bookingForm") BookingForm form,
                BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        if (result.hasErrors()) {
            return formPage.show(person, model, null);
        }
        Actor actor = Actors.of(person);
        try {
            if (form.repeats()) {
                model.addAttribute("preview", bookings.previewSeries(form.toRequest(actor), form.recurrence()));
                return formPage.show(person, model, null);
            }
            BookingView booking = bookings.book(form.toRequest(actor));
            redirect.addFlashAttribute("flashSuccess", booking.status() == BookingStatus.PENDING
                ? "venue.flash.pending" : "venue.flash.booked");
            return "redirect:/bookings/" + booking.id();
        } catch (BookingConflictException | BookingRefusedException e) {
            refusals.show(e, model, response);
        }
        return formPage.show(person, model, null);
    }

    @PostMapping("/bookings/series")
    String bookSeries(@AuthenticationPrincipal SignedInPerson person, @Valid @ModelAttribute("bookingForm") BookingForm form,
                      BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        if (result.hasErrors() || !form.repeats()) {
            return formPage.show(person, model, null);
        }
        try {
            List<BookingView> booked = bookings.bookSeries(form.toRequest(Actors.of(person)), form.recurrence());
            redirect.addFlashAttribute("flashSuccess", "venue.flash.seriesBooked");
            redirect.addFlashAttribute("flashArgument", booked.size());
            return "redirect:/bookings";
        } catch (BookingConflictException | BookingRefusedException e) {
            refusals.show(e, model, response);
        }
        return formPage.show(person, model, null);
    }

    /** A day or time from a link, or the form's default when the link holds none or an unreadable one. */
    private static <T> T parse(String value, Function<String, T> parser, T fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return parser.apply(value.trim());
        } catch (RuntimeException e) {
            return fallback;
        }
    }
}
