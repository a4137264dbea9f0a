package coop.toitcommun.web.venue;

import java.time.LocalDate;
import java.time.LocalTime;

import coop.toitcommun.venue.Calendars;
import coop.toitcommun.membership.HouseClock;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Which rooms are free at a time, for a duration, with enough places (and step-free access when needed). */
@Controller
class FreeRoomsController {

    private final Calendars calendars;
    private final HouseClock time;

    FreeRoomsController(Calendars calendars, HouseClock time) {
        this.calendars = calendars;
        this.time = time;
    }

    @GetMapping("/rooms/free")
    String search(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                  @RequestParam(required = false) @DateTimeFormat(pattern = "HH:mm") LocalTime start,
                  @RequestParam(defaultValue = "60") int duration, @RequestParam(defaultValue = "1") int capacity,
                  @RequestParam(defaultValue = "false") boolean stepFree, Model model) {
        boolean searched = date != null && start != null;
        LocalDate day = date != null ? date : time.localNow().toLocalDate().plusDays(1);
        LocalTime from = start != null ? start : LocalTime.of(10, 0);
        int minutes = Math.max(15, Math.min(duration, 24 * 60));
        model.addAttribute("date", day);
        model.addAttribute("start", from);
        model.addAttribute("end", from.plusMinutes(minutes));
        model.addAttribute("duration", minutes);
        model.addAttribute("capacity", Math.max(1, capacity));
        model.addAttribute("stepFree", stepFree);
        model.addAttribute("searched", searched);
        if (searched) {
            model.addAttribute("results", calendars.freeRooms(day.atTime(from), minutes, Math.max(1, capacity), stepFree));
        }
        return "venue/free-rooms";
    }
}
