package coop.toitcommun.web.venue;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Collectors;

import coop.toitcommun.membership.OrganisationRef;
import coop.toitcommun.membership.Organisations;
import coop.toitcommun.venue.Actor;
import coop.toitcommun.venue.BookingRefusedException;
import coop.toitcommun.venue.BookingView;
import coop.toitcommun.venue.Bookings;
import coop.toitcommun.venue.FeedKind;
import coop.toitcommun.venue.Feeds;
import coop.toitcommun.venue.Rooms;
import coop.toitcommun.venue.VenueSettings;
import coop.toitcommun.membership.HouseClock;
import coop.toitcommun.web.PublicAddress;
import coop.toitcommun.web.input.Text;
import coop.toitcommun.web.security.SignedInPerson;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Members' bookings: their organisations' list with quotas and calendar feeds, a booking, its iCal file, cancelling it. */
@Controller
class MyBookingsController {

    private final Bookings bookings;
    private final Rooms rooms;
    private final Organisations organisations;
    private final VenueSettings settings;
    private final Feeds feeds;
    private final HouseClock time;
    private final PublicAddress web;
    private final Refusals refusals;

    MyBookingsController(Bookings bookings, Rooms rooms, Organisations organisations, VenueSettings settings, Feeds feeds,
                         HouseClock time, PublicAddress web, Refusals refusals) {
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
}
