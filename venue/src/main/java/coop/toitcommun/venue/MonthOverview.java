package coop.toitcommun.venue;

import java.time.LocalDate;
import java.util.List;

/** A room over a month, week by week (Monday first); days outside the month have {@code inMonth} false. */
public record MonthOverview(RoomView room, String month, String previousMonth, String nextMonth, List<List<Day>> weeks) {

    public record Day(LocalDate date, boolean inMonth, List<CalendarEntry> entries, boolean closed) {
    }
}
