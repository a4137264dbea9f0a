package coop.toitcommun.web.venue;

import java.util.Locale;

import coop.toitcommun.membership.RecentValues;
import coop.toitcommun.venue.WeekCalendar;
import org.springframework.stereotype.Component;

/**
 * The week pages that {@link Timelines} wrote last, each kept with the calendar it shows: the same calendar, given
 * again for a later request, gets the page already written. {@link coop.toitcommun.venue.Calendars} gives the very
 * calendar it gave before as long as what it reads is the same (the rooms, the bookings as this viewer may see them,
 * the closures, the opening hours, the first quarter hour bookable), so a calendar is told by its reference: a booking
 * made, moved or cancelled, another viewer's rights or the quarter hour that passes make another calendar, and its page
 * is written anew. Writing the time lines of a 50-room week was a quarter of its samples; comparing whole calendars
 * instead of references, 6 to 13 %.
 */
@Component
class WrittenWeeks {

    /** Pages kept: a few weeks, in both languages, as their members see them (a 50-room week is about 0.5 MB). */
    static final int KEPT = 8;

    private final Timelines timelines;
    private final RecentValues<Key, Timelines.WeekPage> pages = new RecentValues<>(KEPT);

    WrittenWeeks(Timelines timelines) {
        this.timelines = timelines;
    }

    /** As {@link Timelines#week}, written once for each calendar, day shown on phones, language and address. */
    Timelines.WeekPage week(WeekCalendar calendar, int chosenDay, Locale locale, String contextPath) {
        return pages.get(new Key(calendar, chosenDay, locale, contextPath),
            () -> timelines.week(calendar, chosenDay, locale, contextPath));
    }

    /** What a week page is written from: a calendar (the very one), the day shown on phones, language and address. */
    private record Key(IdentityOf<WeekCalendar> calendar, int chosenDay, Locale locale, String contextPath) {

        Key(WeekCalendar calendar, int chosenDay, Locale locale, String contextPath) {
            this(new IdentityOf<>(calendar), chosenDay, locale, contextPath);
        }
    }

    /** A value equal to another only when it holds the same object. */
    private record IdentityOf<T>(T object) {

        @Override
        public boolean equals(Object other) {
            return other instanceof IdentityOf<?> that && that.object == object;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(object);
        }
    }
}
