package coop.toitcommun.web.venue;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import coop.toitcommun.venue.WeekCalendar;
import org.springframework.stereotype.Component;

/**
 * The week pages that {@link Timelines} wrote last, each kept with the calendar it shows: the same calendar, read again
 * from the database by a later request, gets the page already written. A calendar is records all the way down and
 * holds everything its page prints (the rooms, the bookings as this viewer may see them, the free times from now on,
 * the closures), so a booking made, moved or cancelled, another viewer's rights or the quarter hour that passes make
 * another calendar, and its page is written anew. Writing the time lines of a 50-room week was a quarter of its
 * samples; comparing two calendars took 3 to 8 % in the profiles that followed.
 */
@Component
class WrittenWeeks {

    /** Pages kept: a few weeks, in both languages, as their members see them (a 50-room week is about 0.5 MB). */
    static final int KEPT = 8;

    private final Timelines timelines;
    private final Map<Key, Timelines.WeekPage> pages = new LinkedHashMap<>(KEPT * 2, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Timelines.WeekPage> eldest) {
            return size() > KEPT;
        }
    };

    WrittenWeeks(Timelines timelines) {
        this.timelines = timelines;
    }

    /** As {@link Timelines#week}, written once for each calendar, day shown on phones, language and address. */
    Timelines.WeekPage week(WeekCalendar calendar, int chosenDay, Locale locale, String contextPath) {
        Key key = new Key(calendar, chosenDay, locale, contextPath);
        Timelines.WeekPage page;
        synchronized (pages) {
            page = pages.get(key);
        }
        if (page == null) {
            page = timelines.week(calendar, chosenDay, locale, contextPath);
            synchronized (pages) {
                pages.put(key, page);
            }
        }
        return page;
    }

    /**
     * What a week page is written from. Its hash leaves the calendar's content out (hashing every booking and free time
     * cost twice as much as comparing them): calendars of the same week share a bucket, and {@link #equals} tells them
     * apart.
     */
    private static final class Key {
        private final WeekCalendar calendar;
        private final int chosenDay;
        private final Locale locale;
        private final String contextPath;
        private final int hash;

        Key(WeekCalendar calendar, int chosenDay, Locale locale, String contextPath) {
            this.calendar = calendar;
            this.chosenDay = chosenDay;
            this.locale = locale;
            this.contextPath = contextPath;
            this.hash = Objects.hash(calendar.week(), chosenDay, locale, contextPath);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && hash == key.hash && chosenDay == key.chosenDay && locale.equals(key.locale)
                && contextPath.equals(key.contextPath) && calendar.equals(key.calendar);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }
}
