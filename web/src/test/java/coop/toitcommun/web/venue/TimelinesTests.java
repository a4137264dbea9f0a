package coop.toitcommun.web.venue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;

import coop.toitcommun.venue.BookingStatus;
import coop.toitcommun.venue.CalendarEntry;
import coop.toitcommun.venue.DayLine;
import coop.toitcommun.venue.RoomView;
import coop.toitcommun.venue.TimeSpan;
import coop.toitcommun.venue.WeekCalendar;
import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;

class TimelinesTests {

    static final LocalDate MONDAY = LocalDate.of(2026, 12, 21);

    private final Timelines timelines = new Timelines(messages());

    @Test
    void aWeekRowNamesItsRoomAsTextAndLinksToTheRoomsWeekThenHasSevenCells() {
        WeekCalendar calendar = week(room("Salle <b>\"A&B\"</b>"), "Répétition <i>", false);

        Timelines.WeekPage page = timelines.week(calendar, 2, Locale.FRENCH, "/maison");

        assertThat(page.rooms()).isEqualTo(1);
        assertThat(page.rows()).startsWith("<tr><th scope=\"row\"><a href=\"/maison/rooms/7/calendar?week=2026-W52\">"
                + "Salle &lt;b&gt;&quot;A&amp;B&quot;&lt;/b&gt;</a> <span>40 places</span></th><td><span class=\"dl\">lun. 21</span>")
            .contains("Répétition &lt;i&gt; · Cliss XXI").endsWith("</td></tr>\n");
        assertThat(page.rows().split("<td", -1)).hasSize(8);
        assertThat(page.rows()).containsOnlyOnce("<td class=\"chosen\"><span class=\"dl\">mer. 23</span>");
    }

    @Test
    void aWeekHasItsHeadingItsHoursAndTheAddressesOfItsNeighboursAndDaysInTheReadersLanguage() {
        WeekCalendar calendar = week(room("Grande salle"), "Atelier", false);

        Timelines.WeekPage french = timelines.week(calendar, 0, Locale.FRENCH, "/maison");
        Timelines.WeekPage english = timelines.week(calendar, 0, Locale.ENGLISH, "/maison");

        assertThat(french.heading()).isEqualTo("Semaine du 21 décembre au 27 décembre 2026");
        assertThat(english.heading()).isEqualTo("Week of 21 December to 27 December 2026");
        assertThat(french.help()).contains("08:00").contains("20:00");
        assertThat(french.previousHref()).isEqualTo("/maison/calendar?week=2026-W51");
        assertThat(french.nextHref()).isEqualTo("/maison/calendar?week=2026-W53");
        assertThat(french.days().get(2)).isEqualTo(new Timelines.Column("mer. 23", "/maison/calendar/day?date=2026-12-23",
            "/maison/calendar?week=2026-W52&day=2026-12-23"));
    }

    static RoomView room(String name) {
        return new RoomView(7, name, "", 40, "0", true, "", true, false, false, 30, 600, 365, 0, 1000, 800, 2000, 500, false, 0);
    }

    /** A week of one room with one booking on Monday from 10:00 to 12:00, and the rest of Monday free until 20:00. */
    static WeekCalendar week(RoomView room, String title, boolean mine) {
        CalendarEntry booking = new CalendarEntry(1, room.id(), MONDAY.atTime(10, 0), MONDAY.atTime(12, 0), title,
            "Cliss XXI", BookingStatus.CONFIRMED, mine);
        List<DayLine> days = MONDAY.datesUntil(MONDAY.plusDays(7)).map(day -> day.equals(MONDAY)
            ? new DayLine(room, day, List.of(booking), List.of(new TimeSpan(day.atTime(12, 0), day.atTime(20, 0))), List.of())
            : new DayLine(room, day, List.of(), List.of(), List.of())).toList();
        return new WeekCalendar("2026-W52", "2026-W51", "2026-W53", MONDAY.datesUntil(MONDAY.plusDays(7)).toList(),
            LocalTime.of(8, 0), 12, List.of(new WeekCalendar.Row(room, days)));
    }

    /** The application's own texts, French by default and English when asked, as its pages get them. */
    static MessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
