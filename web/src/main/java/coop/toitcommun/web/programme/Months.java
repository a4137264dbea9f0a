package coop.toitcommun.web.programme;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import coop.toitcommun.venue.PublicEventView;

/** Events, already in order, grouped under the month they start in: the programme reads month by month. */
public record Months(LocalDate firstDay, List<PublicEventView> events) {

    static List<Months> of(List<PublicEventView> events) {
        List<Months> months = new ArrayList<>();
        for (PublicEventView event : events) {
            LocalDate first = YearMonth.from(event.start()).atDay(1);
            if (months.isEmpty() || !months.get(months.size() - 1).firstDay().equals(first)) {
                months.add(new Months(first, new ArrayList<>()));
            }
            months.get(months.size() - 1).events().add(event);
        }
        return months;
    }

    public String id() {
        return "month-" + YearMonth.from(firstDay);
    }
}
