package coop.toitcommun.web.venue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

import coop.toitcommun.venue.Calendars;
import coop.toitcommun.venue.Grid;
import coop.toitcommun.venue.MonthOverview;
import coop.toitcommun.membership.HouseClock;
import coop.toitcommun.venue.WeekCalendar;
import coop.toitcommun.web.input.Text;
import coop.toitcommun.web.security.SignedInPerson;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Week view of all rooms, day view, week and month of one room. Free times link to a prefilled booking form. */
@Controller
class CalendarController {

    private final Calendars calendars;
    private final Timelines timelines;
    private final WrittenWeeks weeks;
    private final HouseClock time;

    CalendarController(Calendars calendars, Timelines timelines, WrittenWeeks weeks, HouseClock time) {
        this.calendars = calendars;
        this.timelines = timelines;
        this.weeks = weeks;
        this.time = time;
    }

    @GetMapping("/calendar")
    String week(@AuthenticationPrincipal SignedInPerson person,
                @RequestParam(required = false) @Text(max = 10, column = Text.NOT_STORED) String week,
                @RequestParam(required = false) @Text(max = 10, column = Text.NOT_STORED) String day,
                Locale locale, HttpServletRequest request, Model model) {
        LocalDate monday = calendars.mondayOf(week);
        WeekCalendar calendar = calendars.week(Actors.of(person), monday);
        int chosenDay = chosenDay(monday, day);
        model.addAttribute("chosenDay", chosenDay);
        model.addAttribute("page", weeks.week(calendar, chosenDay, locale, request.getContextPath()));
        model.addAttribute("thisWeek", Calendars.weekOf(time.localNow().toLocalDate()));
        return "venue/calendar-week";
    }

    @GetMapping("/calendar/day")
    String day(@AuthenticationPrincipal SignedInPerson person,
               @RequestParam(required = false) @Text(max = 10, column = Text.NOT_STORED) String date,
               Locale locale, HttpServletRequest request, Model model) {
        LocalDate day = parseDate(date);
        Grid grid = calendars.day(Actors.of(person), day);
        model.addAttribute("grid", grid);
        model.addAttribute("page", timelines.day(grid, locale, request.getContextPath()));
        model.addAttribute("day", day);
        model.addAttribute("week", Calendars.weekOf(day));
        return "venue/calendar-day";
    }

    @GetMapping("/rooms/{id}/calendar")
    String roomWeek(@AuthenticationPrincipal SignedInPerson person, @PathVariable long id,
                    @RequestParam(required = false) @Text(max = 10, column = Text.NOT_STORED) String week,
                    Locale locale, HttpServletRequest request, Model model) {
        LocalDate monday = calendars.mondayOf(week);
        Grid grid = calendars.roomWeek(Actors.of(person), id, monday);
        model.addAttribute("room", grid.lines().get(0).room());
        model.addAttribute("grid", grid);
        model.addAttribute("page", timelines.roomWeek(grid, locale, request.getContextPath()));
        model.addAttribute("monday", monday);
        model.addAttribute("sunday", monday.plusDays(6));
        model.addAttribute("month", YearMonth.from(monday).toString());
        return "venue/calendar-room";
    }

    @GetMapping("/rooms/{id}/month")
    String roomMonth(@AuthenticationPrincipal SignedInPerson person, @PathVariable long id,
                     @RequestParam(required = false) @Text(max = 7, column = Text.NOT_STORED) String month,
                     Locale locale, HttpServletRequest request, Model model) {
        YearMonth wanted = YearMonth.from(time.localNow());
        if (month != null && !month.isBlank()) {
            try {
                wanted = YearMonth.parse(month.trim());
            } catch (DateTimeParseException e) {
                // this month
            }
        }
        MonthOverview overview = calendars.month(Actors.of(person), id, wanted);
        model.addAttribute("overview", overview);
        model.addAttribute("weeks", timelines.month(overview, locale, request.getContextPath()));
        model.addAttribute("firstDay", wanted.atDay(1));
        return "venue/calendar-month";
    }

    /**
     * The day of the week a phone shows (it lists one day at a time): the one asked for, else today in this week, else
     * the Monday. As an index from Monday.
     */
    private int chosenDay(LocalDate monday, String day) {
        LocalDate today = time.localNow().toLocalDate();
        LocalDate wanted = day == null || day.isBlank() ? today : parseDate(day);
        LocalDate chosen = inWeek(monday, wanted) ? wanted : inWeek(monday, today) ? today : monday;
        return (int) ChronoUnit.DAYS.between(monday, chosen);
    }

    private static boolean inWeek(LocalDate monday, LocalDate day) {
        return !day.isBefore(monday) && day.isBefore(monday.plusDays(7));
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
