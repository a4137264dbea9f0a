package coop.toitcommun.web.venue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import coop.toitcommun.venue.Calendars;
import coop.toitcommun.venue.Rooms;
import coop.toitcommun.venue.VenueTime;
import coop.toitcommun.web.input.Text;
import coop.toitcommun.web.security.SignedInPerson;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Week view of all rooms, day view, week and month of one room. Free hours link to a prefilled booking form. */
@Controller
class CalendarController {

    private final Calendars calendars;
    private final Rooms rooms;
    private final VenueTime time;

    CalendarController(Calendars calendars, Rooms rooms, VenueTime time) {
        this.calendars = calendars;
        this.rooms = rooms;
        this.time = time;
    }

    @GetMapping("/calendar")
    String week(@AuthenticationPrincipal SignedInPerson person,
                @RequestParam(required = false) @Text(max = 10, column = Text.NOT_STORED) String week, Model model) {
        LocalDate monday = calendars.mondayOf(week);
        model.addAttribute("calendar", calendars.week(Actors.of(person), monday));
        model.addAttribute("monday", monday);
        model.addAttribute("sunday", monday.plusDays(6));
        model.addAttribute("thisWeek", Calendars.weekOf(time.localNow().toLocalDate()));
        return "venue/calendar-week";
    }

    @GetMapping("/calendar/day")
    String day(@AuthenticationPrincipal SignedInPerson person,
               @RequestParam(required = false) @Text(max = 10, column = Text.NOT_STORED) String date, Model model) {
        LocalDate day = parseDate(date);
        model.addAttribute("grid", calendars.day(Actors.of(person), day));
        model.addAttribute("day", day);
        model.addAttribute("week", Calendars.weekOf(day));
        return "venue/calendar-day";
    }

    @GetMapping("/rooms/{id}/calendar")
    String roomWeek(@AuthenticationPrincipal SignedInPerson person, @PathVariable long id,
                    @RequestParam(required = false) @Text(max = 10, column = Text.NOT_STORED) String week, Model model) {
        LocalDate monday = calendars.mondayOf(week);
        model.addAttribute("room", rooms.get(id));
        model.addAttribute("grid", calendars.roomWeek(Actors.of(person), id, monday));
        model.addAttribute("monday", monday);
        model.addAttribute("sunday", monday.plusDays(6));
        model.addAttribute("month", YearMonth.from(monday).toString());
        return "venue/calendar-room";
    }

    @GetMapping("/rooms/{id}/month")
    String roomMonth(@AuthenticationPrincipal SignedInPerson person, @PathVariable long id,
                     @RequestParam(required = false) @Text(max = 7, column = Text.NOT_STORED) String month, Model model) {
        YearMonth wanted = YearMonth.from(time.localNow());
        if (month != null && !month.isBlank()) {
            try {
                wanted = YearMonth.parse(month.trim());
            } catch (DateTimeParseException e) {
                // this month
            }
        }
        model.addAttribute("overview", calendars.month(Actors.of(person), id, wanted));
        model.addAttribute("firstDay", wanted.atDay(1));
        return "venue/calendar-month";
    }

    private LocalDate parseDate(String date) {
        if (date != null && !date.isBlank()) {
            try {
                return LocalDate.parse(date.trim());
            } catch (DateTimeParseException e) {
                // today
            }
        }
        return time.localNow().toLocalDate();
    }
}
