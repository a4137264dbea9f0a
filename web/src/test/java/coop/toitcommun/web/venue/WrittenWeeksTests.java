package coop.toitcommun.web.venue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import coop.toitcommun.venue.WeekCalendar;
import org.junit.jupiter.api.Test;

class WrittenWeeksTests {

    private final CountingTimelines timelines = new CountingTimelines();
    private final WrittenWeeks weeks = new WrittenWeeks(timelines);

    @Test
    void theSameCalendarGivenAgainGetsThePageAlreadyWritten() {
        WeekCalendar calendar = calendar("Atelier vélo", false);
        Timelines.WeekPage first = weeks.week(calendar, 0, Locale.FRENCH, "");
        Timelines.WeekPage again = weeks.week(calendar, 0, Locale.FRENCH, "");

        assertThat(again).isSameAs(first);
        assertThat(timelines.written).isEqualTo(1);
        assertThat(first.rows()).contains("Atelier vélo");
    }

    @Test
    void anEqualCalendarBuiltAnewIsWrittenAnewAndNotComparedWhole() {
        Timelines.WeekPage first = weeks.week(calendar("Atelier vélo", false), 0, Locale.FRENCH, "");
        Timelines.WeekPage anew = weeks.week(calendar("Atelier vélo", false), 0, Locale.FRENCH, "");

        assertThat(timelines.written).isEqualTo(2);
        assertThat(anew).isNotSameAs(first).isEqualTo(first);
    }

    @Test
    void aCalendarThatChangedInAnyWayOrAnotherDayLanguageOrAddressIsWrittenAnew() {
        WeekCalendar calendar = calendar("Atelier vélo", false);
        Timelines.WeekPage first = weeks.week(calendar, 0, Locale.FRENCH, "");

        Timelines.WeekPage retitled = weeks.week(calendar("Atelier couture", false), 0, Locale.FRENCH, "");
        Timelines.WeekPage mine = weeks.week(calendar("Atelier vélo", true), 0, Locale.FRENCH, "");
        Timelines.WeekPage tuesday = weeks.week(calendar, 1, Locale.FRENCH, "");
        Timelines.WeekPage english = weeks.week(calendar, 0, Locale.ENGLISH, "");
        Timelines.WeekPage elsewhere = weeks.week(calendar, 0, Locale.FRENCH, "/maison");

        assertThat(timelines.written).isEqualTo(6);
        assertThat(retitled.rows()).contains("Atelier couture").doesNotContain("Atelier vélo");
        assertThat(mine.rows()).contains("class=\"b m ").isNotEqualTo(first.rows());
        assertThat(tuesday.rows()).contains("<td class=\"chosen\"><span class=\"dl\">mar. 22").isNotEqualTo(first.rows());
        assertThat(english.rows()).contains("Free 12:00–20:00").doesNotContain("Libre");
        assertThat(elsewhere.rows()).contains("href=\"/maison/rooms/7/calendar?week=2026-W52\"");
    }

    @Test
    void onlyTheLastPagesAreKept() {
        List<WeekCalendar> calendars = new ArrayList<>();
        for (int week = 0; week <= WrittenWeeks.KEPT; week++) {
            calendars.add(calendar("Réunion " + week, false));
            weeks.week(calendars.get(week), 0, Locale.FRENCH, "");
        }
        weeks.week(calendars.get(WrittenWeeks.KEPT), 0, Locale.FRENCH, "");
        assertThat(timelines.written).isEqualTo(WrittenWeeks.KEPT + 1);

        weeks.week(calendars.get(0), 0, Locale.FRENCH, "");
        assertThat(timelines.written).isEqualTo(WrittenWeeks.KEPT + 2);
    }

    private static WeekCalendar calendar(String title, boolean mine) {
        return TimelinesTests.week(TimelinesTests.room("Grande salle"), title, mine);
    }

    /** Timelines counting the weeks it writes. */
    private static final class CountingTimelines extends Timelines {
        int written;

        CountingTimelines() {
            super(TimelinesTests.messages());
        }

        @Override
        WeekPage week(WeekCalendar calendar, int chosenDay, Locale locale, String contextPath) {
            written++;
            return super.week(calendar, chosenDay, locale, contextPath);
        }
    }
}
