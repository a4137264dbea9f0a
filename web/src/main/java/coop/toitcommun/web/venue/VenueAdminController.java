package coop.toitcommun.web.venue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import coop.toitcommun.membership.Circle;
import coop.toitcommun.venue.Actor;
import coop.toitcommun.venue.BookingRefusedException;
import coop.toitcommun.venue.Bookings;
import coop.toitcommun.venue.ClosureAnnounced;
import coop.toitcommun.venue.OpeningPeriod;
import coop.toitcommun.venue.Rooms;
import coop.toitcommun.venue.Schedules;
import coop.toitcommun.venue.Usage;
import coop.toitcommun.venue.VenueAccessDeniedException;
import coop.toitcommun.venue.VenueSettings;
import coop.toitcommun.venue.VenueTime;
import coop.toitcommun.web.input.Text;
import coop.toitcommun.web.security.SignedInPerson;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
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
import org.springframework.web.servlet.support.RequestContextUtils;

/** What employees and admins run: approvals, house hours, closures, quotas and deadline, usage. */
@Controller
class VenueAdminController {

    private static final String APPROVALS = "/venue/approvals";
    private static final String SETTINGS = "/venue/settings";

    private final Bookings bookings;
    private final Schedules schedules;
    private final Rooms rooms;
    private final VenueSettings settings;
    private final Usage usage;
    private final VenueTime time;
    private final MessageSource messages;

    VenueAdminController(Bookings bookings, Schedules schedules, Rooms rooms, VenueSettings settings, Usage usage,
                         VenueTime time, MessageSource messages) {
        this.bookings = bookings;
        this.schedules = schedules;
        this.rooms = rooms;
        this.settings = settings;
        this.usage = usage;
        this.time = time;
        this.messages = messages;
    }

    @GetMapping("/venue/approvals")
    String approvals(@AuthenticationPrincipal SignedInPerson person, Model model) {
        model.addAttribute("pending", bookings.awaitingApproval(Actors.of(person)));
        return "venue/approvals";
    }

    @PostMapping("/bookings/{id}/approve")
    String approve(@AuthenticationPrincipal SignedInPerson person, @PathVariable long id, RedirectAttributes redirect) {
        return act(redirect, "venue.flash.approved", APPROVALS, () -> bookings.approve(Actors.of(person), id));
    }

    @PostMapping("/bookings/{id}/refuse")
    String refuse(@AuthenticationPrincipal SignedInPerson person, @PathVariable long id,
                  @RequestParam(required = false) @Text(max = 500, column = "venue.booking.status_reason") String reason,
                  RedirectAttributes redirect) {
        return act(redirect, "venue.flash.refused", APPROVALS, () -> bookings.refuse(Actors.of(person), id, reason));
    }

    @GetMapping("/venue/settings")
    String settings(@AuthenticationPrincipal SignedInPerson person, Model model) {
        requireStaff(person);
        model.addAttribute("days", RoomForm.texts(schedules.hoursOf(null)));
        model.addAttribute("closures", schedules.upcomingClosures());
        model.addAttribute("rooms", rooms.bookable());
        Map<String, Integer> quotas = new java.util.HashMap<>();
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
            return "redirect:/venue/settings";
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
                int hours = Integer.parseInt(value == null ? "" : value.trim());
                if (hours < 0) {
                    throw new NumberFormatException();
                }
                quotas.put(circle, hours);
            } catch (NumberFormatException e) {
                redirect.addFlashAttribute("flashError", "venue.settings.quotaError");
                return "redirect:/venue/settings";
            }
        }
        return act(redirect, "venue.flash.settingsSaved", SETTINGS,
            () -> settings.update(Actors.of(person), quotas, Math.max(0, deadlineHours)));
    }

    @PostMapping("/venue/closures")
    String close(@AuthenticationPrincipal SignedInPerson person, @RequestParam(required = false) Long room,
                 @RequestParam LocalDate from, @RequestParam LocalDate to,
                 @RequestParam @Text(max = 300, column = "venue.closure.reason") String reason, RedirectAttributes redirect) {
        try {
            ClosureAnnounced closure = schedules.close(Actors.of(person), room, from.atStartOfDay(),
                to.plusDays(1).atTime(LocalTime.MIDNIGHT), reason);
            redirect.addFlashAttribute("hitBookings", closure.hitBookings());
            redirect.addFlashAttribute("flashSuccess", "venue.flash.closed");
            redirect.addFlashAttribute("flashArgument", closure.hitBookings().size());
        } catch (BookingRefusedException e) {
            redirect.addFlashAttribute("flashError", e.reason());
        }
        return "redirect:/venue/settings";
    }

    @PostMapping("/venue/closures/{id}/delete")
    String reopen(@AuthenticationPrincipal SignedInPerson person, @PathVariable long id, RedirectAttributes redirect) {
        return act(redirect, "venue.flash.closureDeleted", SETTINGS, () -> schedules.deleteClosure(Actors.of(person), id));
    }

    @GetMapping("/venue/usage")
    String usage(@AuthenticationPrincipal SignedInPerson person,
                 @RequestParam(required = false) @Text(max = 7, column = Text.NOT_STORED) String month, Model model) {
        Actor actor = Actors.of(person);
        YearMonth wanted = month(month);
        model.addAttribute("month", wanted);
        model.addAttribute("firstDay", wanted.atDay(1));
        model.addAttribute("previous", wanted.minusMonths(1));
        model.addAttribute("next", wanted.plusMonths(1));
        model.addAttribute("occupancy", usage.occupancy(actor, wanted));
        model.addAttribute("byOrganisation", usage.byOrganisation(actor, wanted));
        return "venue/usage";
    }

    @GetMapping("/venue/usage.csv")
    ResponseEntity<byte[]> usageCsv(@AuthenticationPrincipal SignedInPerson person,
                                    @RequestParam(required = false) @Text(max = 7, column = Text.NOT_STORED) String month,
                                    HttpServletRequest request) {
        YearMonth wanted = month(month);
        Locale locale = RequestContextUtils.getLocale(request);
        String csv = usage.csv(Actors.of(person), wanted,
            List.of(text("venue.usage.month", locale), text("venue.usage.room", locale), text("venue.usage.booked", locale),
                text("venue.usage.open", locale), text("venue.usage.percent", locale)),
            List.of(text("venue.usage.month", locale), text("venue.usage.organisation", locale),
                text("venue.usage.hours", locale), text("venue.usage.count", locale)));
        return ResponseEntity.ok()
            .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
            .header(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename("occupation-" + wanted + ".csv").build().toString())
            .body(csv.getBytes(StandardCharsets.UTF_8));
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    private YearMonth month(String month) {
        if (month != null && !month.isBlank()) {
            try {
                return YearMonth.parse(month.trim());
            } catch (DateTimeParseException e) {
                // this month
            }
        }
        return YearMonth.from(time.localNow());
    }

    private static String act(RedirectAttributes redirect, String success, String page, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("flashSuccess", success);
        } catch (BookingRefusedException e) {
            redirect.addFlashAttribute("flashError", e.reason());
        }
        return "redirect:" + page;
    }

    private static void requireStaff(SignedInPerson person) {
        if (!Actors.isStaff(person)) {
            throw new VenueAccessDeniedException("employees only");
        }
    }
}
