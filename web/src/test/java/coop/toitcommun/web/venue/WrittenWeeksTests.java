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
import org.springframework.context.support.StaticMessageSource;

class WrittenWeeksTests {

    private static final LocalDate MONDAY = LocalDate.of(2026, 12, 21);
    private static final RoomView ROOM = new RoomView(7, "Grande salle", "", 40, "0", true, "", true, false, false, 30, 600,
        365, 0, 1000, 800, 2000, 500, false, 0);

    private final CountingTimelines timelines = new CountingTimelines();
    private final WrittenWeeks weeks = new WrittenWeeks(timelines);

    @Test
    void theSameCalendarReadAgainGetsThePageAlreadyWritten() {
        Timelines.WeekPage first = weeks.week(calendar("Atelier vélo", false), 0, Locale.FRENCH, "");
        Timelines.WeekPage again = weeks.week(calendar("Atelier vélo", false), 0, Locale.FRENCH, "");

        assertThat(again).isSameAs(first);
        assertThat(timelines.written).isEqualTo(1);
        assertThat(first.rows().get(0).cells()).contains("Atelier vélo");
    }

    @Test
    void aCalendarThatChangedInAnyWayOrAnotherDayLanguageOrAddressIsWrittenAnew() {
        Timelines.WeekPage first = weeks.week(calendar("Atelier vélo", false), 0, Locale.FRENCH, "");

        Timelines.WeekPage retitled = weeks.week(calendar("Atelier couture", false), 0, Locale.FRENCH, "");
        Timelines.WeekPage mine = weeks.week(calendar("Atelier vélo", true), 0, Locale.FRENCH, "");
        Timelines.WeekPage tuesday = weeks.week(calendar("Atelier vélo", false), 1, Locale.FRENCH, "");
        Timelines.WeekPage english = weeks.week(calendar("Atelier vélo", false), 0, Locale.ENGLISH, "");
        Timelines.WeekPage elsewhere = weeks.week(calendar("Atelier vélo", false), 0, Locale.FRENCH, "/maison");

        assertThat(timelines.written).isEqualTo(6);
        assertThat(retitled.rows().get(0).cells()).contains("Atelier couture").doesNotContain("Atelier vélo");
        assertThat(mine.rows().get(0).cells()).contains("class=\"b m ").isNotEqualTo(first.rows().get(0).cells());
        assertThat(tuesday.rows().get(0).cells()).isNotEqualTo(first.rows().get(0).cells());
        assertThat(english.rows().get(0).places()).isEqualTo("40 seats");
        assertThat(elsewhere.rows().get(0).href()).startsWith("/maison/");
    }

    @Test
    void onlyTheLastPagesAreKept() {
        for (int week = 0; week <= WrittenWeeks.KEPT; week++) {
            weeks.week(calendar("Réunion " + week, false), 0, Locale.FRENCH, "");
        }
        weeks.week(calendar("Réunion " + WrittenWeeks.KEPT, false), 0, Locale.FRENCH, "");
        assertThat(timelines.written).isEqualTo(WrittenWeeks.KEPT + 1);

        weeks.week(calendar("Réunion 0", false), 0, Locale.FRENCH, "");
        assertThat(timelines.written).isEqualTo(WrittenWeeks.KEPT + 2);
    }

    /** A week of one room with one booking on Monday from 10:00 to 12:00, and the rest of Monday free. */
    private static WeekCalendar calendar(String title, boolean mine) {
        CalendarEntry booking = new CalendarEntry(1, ROOM.id(), MONDAY.atTime(10, 0), MONDAY.atTime(12, 0), title,
            "Cliss XXI", BookingStatus.CONFIRMED, mine);
        List<DayLine> days = MONDAY.datesUntil(MONDAY.plusDays(7)).map(day -> day.equals(MONDAY)
            ? new DayLine(ROOM, day, List.of(booking), List.of(new TimeSpan(day.atTime(12, 0), day.atTime(20, 0))), List.of())
            : new DayLine(ROOM, day, List.of(), List.of(), List.of())).toList();
        return new WeekCalendar("2026-W52", "2026-W51", "2026-W53", MONDAY.datesUntil(MONDAY.plusDays(7)).toList(),
            LocalTime.of(8, 0), 12, List.of(new WeekCalendar.Row(ROOM, days)));
    }

    /** Timelines with the few messages a week uses, counting the weeks it writes. */
    private static final class CountingTimelines extends Timelines {
        int written;

        CountingTimelines() {
            super(messages());
        }

        @Override
        WeekPage week(WeekCalendar calendar, int chosenDay, Locale locale, String contextPath) {
            written++;
            return super.week(calendar, chosenDay, locale, contextPath);
        }

        private static StaticMessageSource messages() {
            StaticMessageSource messages = new StaticMessageSource();
            for (Locale locale : List.of(Locale.FRENCH, Locale.ENGLISH)) {
                boolean french = locale == Locale.FRENCH;
                messages.addMessage("venue.calendar.free", locale, french ? "Libre" : "Free");
                messages.addMessage("venue.calendar.closed", locale, french ? "Fermé" : "Closed");
                messages.addMessage("venue.calendar.private", locale, french ? "Réservé" : "Booked");
                messages.addMessage("venue.status.PENDING", locale, french ? "en attente" : "pending");
                messages.addMessage("venue.room.places", locale, french ? "{0} places" : "{0} seats");
            }
            return messages;
        }
    }
}
