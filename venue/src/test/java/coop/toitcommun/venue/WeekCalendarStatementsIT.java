package coop.toitcommun.venue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import coop.toitcommun.testsupport.PostgresTest;
import coop.toitcommun.testsupport.StatementCounter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The week calendar runs the same number of SQL statements (counted at JDBC level, at most six) with 10 bookings as
 * with 100,000 (50 rooms). The large data set is one INSERT … SELECT generate_series, so it costs seconds, not minutes.
 */
@SpringBootTest(classes = {VenueTestApplication.class, CountingStatements.class})
@PostgresTest
class WeekCalendarStatementsIT {

    static final LocalDate MONDAY = LocalDate.of(2026, 2, 9);

    @Autowired Calendars calendars;
    @Autowired VenueFixtures fixtures;
    @Autowired WeekCalendarData data;
    @Autowired StatementCounter statements;

    @Test
    void theWeekCalendarRunsAsManyStatementsWithOneHundredThousandBookingsAsWithTen() {
        VenueFixtures.Member member = fixtures.member();
        List<RoomView> rooms = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            rooms.add(fixtures.room(20, 0));
        }
        data.book(rooms.subList(0, 10), member, MONDAY.atTime(9, 0), 1);
        long withTen = statementsOfOneWeek(member.actor());
        int shownWithTen = shown(member.actor());

        data.book(rooms.subList(10, 50), member, MONDAY.minusWeeks(4).atTime(0, 0), 2500);
        assertThat(data.count()).isGreaterThanOrEqualTo(100_000);
        long withMany = statementsOfOneWeek(member.actor());

        assertThat(withMany).isEqualTo(withTen).isLessThanOrEqualTo(6);
        assertThat(shown(member.actor())).isGreaterThan(shownWithTen + 5000);
    }

    private long statementsOfOneWeek(Actor viewer) {
        long before = statements.count();
        calendars.week(viewer, MONDAY);
        return statements.count() - before;
    }

    private int shown(Actor viewer) {
        return calendars.week(viewer, MONDAY).rows().stream().flatMap(r -> r.days().stream())
            .mapToInt(d -> d.entries().size()).sum();
    }
}
