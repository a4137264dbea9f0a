package coop.toitcommun.venue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * Expands a recurrence in local dates: the wall-clock time stays the same across daylight-saving changes,
 * which is what people mean by "every Tuesday at 10:00".
 */
final class Recurrences {

    static final int MAX_OCCURRENCES = 60;

    private Recurrences() {
    }

    static List<LocalDate> dates(LocalDate first, Recurrence recurrence, LocalDate today) {
        LocalDate limit = today.plusYears(1);
        if (recurrence.until() == null && recurrence.count() == null) {
            throw new BookingRefusedException("venue.refused.recurrenceEnd");
        }
        if (recurrence.until() != null && (recurrence.until().isAfter(limit) || recurrence.until().isBefore(first))) {
            throw new BookingRefusedException("venue.refused.recurrenceUntil", limit);
        }
        LocalDate last = recurrence.until() != null ? recurrence.until() : limit;
        int max = recurrence.count() != null ? Math.min(recurrence.count(), MAX_OCCURRENCES) : MAX_OCCURRENCES;
        if (recurrence.count() != null && recurrence.count() < 1) {
            throw new BookingRefusedException("venue.refused.recurrenceEnd");
        }
        List<LocalDate> dates = new ArrayList<>();
        if (recurrence.frequency() == Frequency.MONTHLY_NTH_WEEKDAY) {
            int nth = (first.getDayOfMonth() - 1) / 7 + 1;
            for (YearMonth month = YearMonth.from(first); dates.size() < max; month = month.plusMonths(1)) {
                LocalDate date = month.atDay(1).with(TemporalAdjusters.dayOfWeekInMonth(nth, first.getDayOfWeek()));
                if (date.isAfter(last)) {
                    break;
                }
                if (YearMonth.from(date).equals(month)) {
                    dates.add(date);
                }
            }
        } else {
            int weeks = recurrence.frequency() == Frequency.WEEKLY ? 1 : 2;
            for (LocalDate date = first; !date.isAfter(last) && dates.size() < max; date = date.plusWeeks(weeks)) {
                dates.add(date);
            }
        }
        return dates;
    }

    /** Same local start and end times on each date (an end after midnight stays on the following day). */
    static LocalDateTime[] on(LocalDate date, LocalDateTime firstStart, LocalDateTime firstEnd) {
        long days = firstEnd.toLocalDate().toEpochDay() - firstStart.toLocalDate().toEpochDay();
        return new LocalDateTime[] {date.atTime(firstStart.toLocalTime()), date.plusDays(days).atTime(firstEnd.toLocalTime())};
    }
}
