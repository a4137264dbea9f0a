package coop.toitcommun.venue;

import java.util.ArrayList;
import java.util.List;

import coop.toitcommun.testsupport.PostgresTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Throughput of the week calendar with 50 rooms and 100,000 bookings. Not part of the normal build (it is
 * neither *Tests nor *IT); run it with the {@code benchmark} profile, see docs/modules/venue.md. It prints,
 * it asserts nothing: timings depend on the machine.
 */
@SpringBootTest(classes = VenueTestApplication.class)
@PostgresTest
class WeekCalendarBenchmark {

    private static final int WARM_UP = 20;
    private static final int RUNS = 200;

    @Autowired Calendars calendars;
    @Autowired VenueFixtures fixtures;
    @Autowired WeekCalendarData data;

    @Test
    void weekCalendarThroughput() {
        VenueFixtures.Member member = fixtures.member();
        List<RoomView> rooms = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            rooms.add(fixtures.room(20, 0));
        }
        long inserting = System.nanoTime();
        data.book(rooms, member, WeekCalendarStatementsIT.MONDAY.minusWeeks(4).atTime(0, 0), 2000);
        System.out.printf("%nBENCHMARK data: %d bookings in %d rooms, inserted in %d ms%n", data.count(), rooms.size(),
            (System.nanoTime() - inserting) / 1_000_000);
        for (int i = 0; i < WARM_UP; i++) {
            calendars.week(member.actor(), WeekCalendarStatementsIT.MONDAY);
        }
        long start = System.nanoTime();
        int entries = 0;
        for (int i = 0; i < RUNS; i++) {
            entries = calendars.week(member.actor(), WeekCalendarStatementsIT.MONDAY).rows().stream()
                .flatMap(r -> r.days().stream()).mapToInt(d -> d.entries().size()).sum();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("BENCHMARK week calendar: %d runs in %.2f s = %.1f weeks/s (%.1f ms each, %d bookings shown)%n%n",
            RUNS, seconds, RUNS / seconds, seconds * 1000 / RUNS, entries);
    }
}
