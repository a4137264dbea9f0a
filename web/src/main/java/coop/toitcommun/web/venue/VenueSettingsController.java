package coop.toitcommun.web.venue;

import static coop.toitcommun.web.venue.StaffActions.act;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import coop.toitcommun.membership.Circle;
import coop.toitcommun.venue.BookingRefusedException;
import coop.toitcommun.venue.ClosureAnnounced;
import coop.toitcommun.venue.OpeningPeriod;
import coop.toitcommun.venue.Rooms;
import coop.toitcommun.venue.Schedules;
import coop.toitcommun.venue.VenueSettings;
import coop.toitcommun.web.input.Text;
import coop.toitcommun.web.security.SignedInPerson;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** What the staff set for the whole house: opening hours, closures, quotas by circle and the cancellation deadline. */
@Controller
class VenueSettingsController {

    private static final String SETTINGS = "/venue/settings";

    private final Schedules schedules;
    private final Rooms rooms;
    private final VenueSettings settings;

    VenueSettingsController(Schedules schedules, Rooms rooms, VenueSettings settings) {
        this.schedules = schedules;
        this.rooms = rooms;
        this.settings = settings;
    }

    /** The closures to come are for the staff only: the venue refuses anybody else, and the page with them. */
    @GetMapping("/venue/settings")
    String settings(@AuthenticationPrincipal SignedInPerson person, Model model) {
        model.addAttribute("closures", schedules.upcomingClosures(Actors.of(person)));
        model.addAttribute("days", RoomForm.texts(schedules.hoursOf(null)));
        model.addAttribute("rooms", rooms.bookable());
        Map<String, Integer> quotas = new HashMap<>();
        settings.quotas().forEach((circle, hours) -> quotas.put(circle.name(), hours));
        model.addAttribute("quotas", quotas);
        model.addAttribute("circles", Circle.values());
        model.addAttribute("deadlineHours", settings.cancellationDeadlineHours());
        return "venue/settings";
    }

    @PostMapping("/venue/settings/hours")
    String hours(@AuthenticationPrincipal SignedInPerson person,
                 @RequestParam(name = "day") List<@Text(max = 20, column = Text.NOT_STORED) String> days,
                 RedirectAttributes redirect) {
        List<OpeningPeriod> periods = RoomForm.periods(days);
        if (periods == null) {
            redirect.addFlashAttribute("flashError", "venue.settings.hoursError");
            return "redirect:" + SETTINGS;
        }
        return act(redirect, "venue.flash.hoursSaved", SETTINGS, () -> schedules.setHours(Actors.of(person), null, periods));
    }

    @PostMapping("/venue/settings/quotas")
    String quotas(@AuthenticationPrincipal SignedInPerson person, HttpServletRequest request,
                  @RequestParam int deadlineHours, RedirectAttributes redirect) {
        Map<Circle, Integer> quotas = new EnumMap<>(Circle.class);
        for (Circle circle : Circle.values()) {
            String value = request.getParameter("quota_" + circle.name());
            try {
                quotas.put(circle, Integer.parseInt(value == null ? "" : value.trim()));
            } catch (NumberFormatException e) {
                redirect.addFlashAttribute("flashError", "venue.settings.quotaError");
                return "redirect:" + SETTINGS;
            }
        }
        return act(redirect, "venue.flash.settingsSaved", SETTINGS,
            () -> settings.update(Actors.of(person), quotas, deadlineHours));
    }

    @PostMapping("/venue/closures")
    String close(@AuthenticationPrincipal SignedInPerson person, @RequestParam(required = false) Long room,
                 @RequestParam LocalDate from, @RequestParam LocalDate to,
                 @RequestParam @Text(max = 300, column = "venue.closure.reason") String reason, RedirectAttributes redirect) {
        try {
            ClosureAnnounced closure = schedules.close(Actors.of(person), room, from.atStartOfDay(),
                to.plusDays(1).atTime(LocalTime.MIDNIGHT), reason);
            redirect.addFlashAttribute("hitBookings", closure.hitBookings().stream().map(HitBooking::of).toList());
            redirect.addFlashAttribute("flashSuccess", "venue.flash.closed");
            redirect.addFlashAttribute("flashArgument", closure.hitBookings().size());
        } catch (BookingRefusedException e) {
            redirect.addFlashAttribute("flashError", e.reason());
        }
        return "redirect:" + SETTINGS;
    }

    @PostMapping("/venue/closures/{id}/delete")
    String reopen(@AuthenticationPrincipal SignedInPerson person, @PathVariable long id, RedirectAttributes redirect) {
        return act(redirect, "venue.flash.closureDeleted", SETTINGS, () -> schedules.deleteClosure(Actors.of(person), id));
    }
}
