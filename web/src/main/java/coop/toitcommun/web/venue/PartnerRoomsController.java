package coop.toitcommun.web.venue;

import java.time.LocalDate;

import coop.toitcommun.membership.HouseClock;
import coop.toitcommun.membership.Role;
import coop.toitcommun.venue.Actor;
import coop.toitcommun.venue.BookingRefusedException;
import coop.toitcommun.venue.BookingStatus;
import coop.toitcommun.venue.PartnerBookingView;
import coop.toitcommun.venue.PartnerRooms;
import coop.toitcommun.venue.Partnerships;
import coop.toitcommun.web.security.SignedInPerson;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.format.annotation.DateTimeFormat;
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
 * Partner rooms: what the houses the house has a reciprocity agreement with open to its members, booking there and
 * the bookings of both sides; admins keep the agreements and the rooms the house opens ({@code /admin/**}; venue
 * checks the staff again).
 */
@Controller
class PartnerRoomsController {

    private final PartnerRooms partnerRooms;
    private final Partnerships partnerships;
    private final HouseClock time;
    private final Refusals refusals;

    PartnerRoomsController(PartnerRooms partnerRooms, Partnerships partnerships, HouseClock time, Refusals refusals) {
        this.partnerRooms = partnerRooms;
        this.partnerships = partnerships;
        this.time = time;
        this.refusals = refusals;
    }

    @GetMapping("/partners")
    String partners(@AuthenticationPrincipal SignedInPerson person, Model model) {
        return partnersPage(person, model);
    }

    private String partnersPage(SignedInPerson person, Model model) {
        Actor actor = Actors.of(person);
        model.addAttribute("offers", partnerRooms.offers());
        model.addAttribute("mayBook", partnerRooms.mayBook(actor));
        model.addAttribute("atPartners", partnerRooms.atPartners(actor));
        if (actor.staff()) {
            model.addAttribute("partnersHere", partnerRooms.ofPartnersHere(actor));
        }
        if (person.getRoles().contains(Role.ADMIN)) {
            model.addAttribute("agreements", partnerships.agreements());
            model.addAttribute("roomChoices", partnerships.roomChoices(actor));
            model.addAttribute("maxHours", Partnerships.MAX_HOURS_PER_MONTH);
        }
        return "venue/partners";
    }

    @GetMapping("/partners/{partner}/rooms/{room}")
    String room(@AuthenticationPrincipal SignedInPerson person, @PathVariable long partner, @PathVariable long room,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                Model model) {
        LocalDate first = from == null || from.isBefore(time.today()) ? time.today() : from;
        model.addAttribute("partnerBookingForm", PartnerBookingForm.on(first.equals(time.today()) ? first.plusDays(1) : first));
        return roomPage(person, partner, room, first, model);
    }

    @PostMapping("/partners/{partner}/rooms/{room}/bookings")
    String book(@AuthenticationPrincipal SignedInPerson person, @PathVariable long partner, @PathVariable long room,
                @Valid @ModelAttribute("partnerBookingForm") PartnerBookingForm form, BindingResult result, Model model,
                RedirectAttributes redirect, HttpServletResponse response) {
        LocalDate shown = form.date() == null || form.date().isBefore(time.today()) ? time.today() : form.date();
        if (result.hasErrors()) {
            response.setStatus(422);
            return roomPage(person, partner, room, shown, model);
        }
        try {
            PartnerBookingView booked = partnerRooms.book(Actors.of(person), partner, room, form.startTime(),
                form.endTime(), form.title(), form.attendees());
            redirect.addFlashAttribute("flashSuccess", booked.status() == BookingStatus.PENDING
                ? "venue.partners.flash.pending" : "venue.partners.flash.booked");
            return "redirect:/partners";
        } catch (BookingRefusedException e) {
            refusals.show(e, model, response);
        }
        return roomPage(person, partner, room, shown, model);
    }

    @PostMapping("/partners/bookings/{id}/cancel")
    String cancel(@AuthenticationPrincipal SignedInPerson person, @PathVariable long id, RedirectAttributes redirect) {
        try {
            partnerRooms.cancel(Actors.of(person), id);
            redirect.addFlashAttribute("flashSuccess", "venue.partners.flash.cancelled");
        } catch (BookingRefusedException e) {
            redirect.addFlashAttribute("flashProblem", new DefaultMessageSourceResolvable(new String[] {e.reason()},
                e.arguments(), e.reason()));
        }
        return "redirect:/partners";
    }

    /** What the house grants a partner house's members each month (0 suspends the agreement). */
    @PostMapping("/admin/partners/{partner}")
    String grant(@AuthenticationPrincipal SignedInPerson admin, @PathVariable long partner,
                 @RequestParam(required = false) Integer hours, Model model, RedirectAttributes redirect,
                 HttpServletResponse response) {
        try {
            partnerships.grant(Actors.of(admin), partner, hours == null ? -1 : hours);
            redirect.addFlashAttribute("flashSuccess", "venue.partners.flash.granted");
            return "redirect:/partners#agreements";
        } catch (BookingRefusedException e) {
            response.setStatus(422);
            model.addAttribute("grantRefused", partner);
            model.addAttribute("grantRefusal", refusals.text(e));
            model.addAttribute("grantTyped", hours);
            return partnersPage(admin, model);
        }
    }

    /** Opens a room to partner houses' members, or closes it to their new bookings. */
    @PostMapping("/admin/partners/rooms/{room}")
    String openRoom(@AuthenticationPrincipal SignedInPerson admin, @PathVariable long room,
                    @RequestParam(defaultValue = "false") boolean open, RedirectAttributes redirect) {
        partnerships.openToPartners(Actors.of(admin), room, open);
        redirect.addFlashAttribute("flashSuccess", open ? "venue.partners.flash.opened" : "venue.partners.flash.closed");
        return "redirect:/partners#rooms";
    }

    private String roomPage(SignedInPerson person, long partner, long room, LocalDate from, Model model) {
        model.addAttribute("week", partnerRooms.week(Actors.of(person), partner, room, from));
        model.addAttribute("previous", from.minusDays(7).isBefore(time.today()) ? null : from.minusDays(7));
        model.addAttribute("next", from.plusDays(7));
        return "venue/partner-room";
    }
}
