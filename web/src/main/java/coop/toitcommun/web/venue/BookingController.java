package coop.toitcommun.web.venue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import coop.toitcommun.membership.OrganisationRef;
import coop.toitcommun.membership.OrganisationStatus;
import coop.toitcommun.membership.Organisations;
import coop.toitcommun.venue.Actor;
import coop.toitcommun.venue.BookingConflictException;
import coop.toitcommun.venue.BookingRefusedException;
import coop.toitcommun.venue.BookingStatus;
import coop.toitcommun.venue.BookingView;
import coop.toitcommun.venue.Bookings;
import coop.toitcommun.venue.FeedKind;
import coop.toitcommun.venue.Feeds;
import coop.toitcommun.venue.Rooms;
import coop.toitcommun.venue.VenueSettings;
import coop.toitcommun.venue.VenueTime;
import coop.toitcommun.web.PublicAddress;
import coop.toitcommun.web.input.Text;
import coop.toitcommun.web.security.SignedInPerson;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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

/** Members book for their organisations; they see, change and cancel their organisations' bookings. */
@Controller
class BookingController {

    private final Bookings bookings;
    private final Rooms rooms;
    private final Organisations organisations;
    private final VenueSettings settings;
    private final Feeds feeds;
    private final VenueTime time;
    private final PublicAddress web;
    private final Refusals refusals;

    BookingController(Bookings bookings, Rooms rooms, Organisations organisations, VenueSettings settings, Feeds feeds,
                      VenueTime time, PublicAddress web, Refusals refusals) {
        this.bookings = bookings;
        this.rooms = rooms;
        this.organisations = organisations;
        this.settings = settings;
        this.feeds = feeds;
        this.time = time;
        this.web = web;
        this.refusals = refusals;
    }

    @GetMapping("/bookings")
    String mine(@AuthenticationPrincipal SignedInPerson person, Model model) {
        Actor actor = Actors.of(person);
        List<OrganisationRef> mine = organisations.ofPerson(person.getPersonId());
        YearMonth month = YearMonth.from(time.localNow());
        model.addAttribute("upcoming", bookings.upcomingOf(actor));
        model.addAttribute("past", bookings.pastOf(actor));
        model.addAttribute("organisations", mine);
        model.addAttribute("quotas", mine.stream().collect(Collectors.toMap(OrganisationRef::id,
            o -> settings.quotaOf(o.id(), o.circle(), month))));
        model.addAttribute("personFeed", web.of("/feeds/" + feeds.tokenFor(actor, FeedKind.PERSON, person.getPersonId()) + ".ics"));
        model.addAttribute("organisationFeeds", mine.stream().collect(Collectors.toMap(OrganisationRef::id,
            o -> web.of("/feeds/" + feeds.tokenFor(actor, FeedKind.ORGANISATION, o.id()) + ".ics"))));
        return "venue/bookings";
    }

    @GetMapping("/bookings/new")
    String form(@AuthenticationPrincipal SignedInPerson person, @RequestParam(required = false) Long room,
                @RequestParam(required = false) @Text(max = 10, column = Text.NOT_STORED) String date,
                @RequestParam(required = false) @Text(max = 5, column = Text.NOT_STORED) String start,
                @RequestParam(required = false) @Text(max = 5, column = Text.NOT_STORED) String end, Model model) {
        List<OrganisationRef> choices = choices(person);
        LocalDate day = parse(date, LocalDate::parse, time.localNow().toLocalDate().plusDays(1));
        LocalTime from = parse(start, LocalTime::parse, LocalTime.of(10, 0));
        LocalTime to = parse(end, LocalTime::parse, from.plusHours(1));
        Long organisation = choices.size() == 1 ? choices.get(0).id() : null;
        model.addAttribute("bookingForm", BookingForm.prefilled(room, organisation, day, from, to));
        return formPage(person, model, null);
    }

    @PostMapping("/bookings")
    String book(@AuthenticationPrincipal SignedInPerson person, @Valid @ModelAttribute("bookingForm") BookingForm form,
                BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        if (result.hasErrors()) {
            return formPage(person, model, null);
        }
        Actor actor = Actors.of(person);
        try {
            if (form.repeats()) {
                model.addAttribute("preview", bookings.previewSeries(form.toRequest(actor), form.recurrence()));
                return formPage(person, model, null);
            }
            BookingView booking = bookings.book(form.toRequest(actor));
            redirect.addFlashAttribute("flashSuccess", booking.status() == BookingStatus.PENDING
                ? "venue.flash.pending" : "venue.flash.booked");
            return "redirect:/bookings/" + booking.id();
        } catch (BookingConflictException | BookingRefusedException e) {
            refusals.show(e, model, response);
        }
        return formPage(person, model, null);
    }

    @PostMapping("/bookings/series")
    String bookSeries(@AuthenticationPrincipal SignedInPerson person, @Valid @ModelAttribute("bookingForm") BookingForm form,
                      BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        if (result.hasErrors() || !form.repeats()) {
            return formPage(person, model, null);
        }
        try {
            List<BookingView> booked = bookings.bookSeries(form.toRequest(Actors.of(person)), form.recurrence());
            redirect.addFlashAttribute("flashSuccess", "venue.flash.seriesBooked");
            redirect.addFlashAttribute("flashArgument", booked.size());
            return "redirect:/bookings";
        } catch (BookingConflictException | BookingRefusedException e) {
            refusals.show(e, model, response);
        }
        return formPage(person, model, null);
    }

    @GetMapping("/bookings/{id}")
    String show(@AuthenticationPrincipal SignedInPerson person, @PathVariable long id, Model model) {
        BookingView booking = bookings.find(Actors.of(person), id);
        model.addAttribute("booking", booking);
        model.addAttribute("room", rooms.get(booking.roomId()));
        model.addAttribute("ownOrganisation", organisations.isLinked(person.getPersonId(), booking.organisationId()));
        model.addAttribute("deadlineHours", settings.cancellationDeadlineHours());
        model.addAttribute("staff", Actors.isStaff(person));
        return "venue/booking";
    }

    @GetMapping("/bookings/{id}/edit")
    String edit(@AuthenticationPrincipal SignedInPerson person, @PathVariable long id, Model model) {
        BookingView booking = bookings.find(Actors.of(person), id);
        model.addAttribute("bookingForm", BookingForm.of(booking));
        return formPage(person, model, booking);
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
        return formPage(person, model, booking);
    }

    @PostMapping("/bookings/{id}/cancel")
    String cancel(@AuthenticationPrincipal SignedInPerson person, @PathVariable long id,
                  @RequestParam(required = false) @Text(max = 500, column = "venue.booking.status_reason") String reason,
                  @RequestParam(required = false) Boolean following,
                  RedirectAttributes redirect) {
        try {
            bookings.cancel(Actors.of(person), id, reason, Boolean.TRUE.equals(following));
            redirect.addFlashAttribute("flashSuccess", "venue.flash.cancelled");
            return "redirect:/bookings";
        } catch (BookingRefusedException e) {
            redirect.addFlashAttribute("venueError", refusals.text(e));
            return "redirect:/bookings/" + id;
        }
    }

    @GetMapping("/bookings/{id}.ics")
    ResponseEntity<byte[]> ics(@AuthenticationPrincipal SignedInPerson person, @PathVariable long id) {
        return ResponseEntity.ok()
            .contentType(new MediaType("text", "calendar", StandardCharsets.UTF_8))
            .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("reservation-" + id + ".ics").build().toString())
            .body(feeds.bookingIcs(Actors.of(person), id).getBytes(StandardCharsets.UTF_8));
    }

    /** The organisations the person may book for: their own; employees book for any member organisation. */
    private List<OrganisationRef> choices(SignedInPerson person) {
        return Actors.isStaff(person) ? organisations.members() : organisations.ofPerson(person.getPersonId());
    }

    private String formPage(SignedInPerson person, Model model, BookingView existing) {
        List<OrganisationRef> choices = choices(person);
        model.addAttribute("organisationChoices", choices);
        model.addAttribute("roomChoices", rooms.bookable());
        model.addAttribute("existing", existing);
        model.addAttribute("staff", Actors.isStaff(person));
        List<OrganisationRef> mine = organisations.ofPerson(person.getPersonId());
        model.addAttribute("resignatureDue", mine.stream().filter(o -> o.status() == OrganisationStatus.RESIGNATURE_DUE).toList());
        YearMonth month = YearMonth.from(time.localNow());
        Map<Long, VenueSettings.Quota> quotas = mine.stream().filter(o -> o.status().usesTheHouse())
            .collect(Collectors.toMap(OrganisationRef::id, o -> settings.quotaOf(o.id(), o.circle(), month)));
        model.addAttribute("quotas", quotas);
        model.addAttribute("quotaOrganisations", mine.stream().filter(o -> o.status().usesTheHouse()).toList());
        return "venue/booking-form";
    }

    private static <T> T parse(String value, java.util.function.Function<String, T> parser, T fallback) {
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
