package coop.toitcommun.venue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import coop.toitcommun.testsupport.PostgresTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Many people click "book" on overlapping times of one room at the same instant: the database lets one through. */
@SpringBootTest(classes = VenueTestApplication.class, properties = "spring.datasource.hikari.maximum-pool-size=20")
@PostgresTest
class ConcurrentBookingIT {

    private static final int REQUESTS = 60;

    @Autowired Bookings bookings;
    @Autowired VenueFixtures fixtures;

    @Test
    void ofSixtySimultaneousOverlappingRequestsExactlyOneSucceedsAndTheOthersGetTheConflict() throws Exception {
        RoomView room = fixtures.room(20, 10);
        List<VenueFixtures.Member> members = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            members.add(fixtures.member());
        }
        LocalDateTime base = LocalDateTime.of(2026, 2, 17, 14, 0);
        CountDownLatch ready = new CountDownLatch(REQUESTS);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(REQUESTS);
        List<Future<String>> outcomes = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            VenueFixtures.Member member = members.get(i);
            LocalDateTime start = base.plusMinutes(i % 6 * 10L); // all overlap 14:00–15:50
            outcomes.add(pool.submit(() -> {
                ready.countDown();
                go.await();
                try {
                    bookings.book(new BookingRequest(member.actor(), room.id(), member.organisation().id(), start,
                        start.plusHours(1), "Course", 5, true, ""));
                    return "booked";
                } catch (BookingConflictException e) {
                    return "conflict";
                } catch (RuntimeException e) {
                    return "error " + e;
                }
            }));
        }
        assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
        go.countDown();
        List<String> results = new ArrayList<>();
        for (Future<String> outcome : outcomes) {
            results.add(outcome.get(120, TimeUnit.SECONDS));
        }
        pool.shutdown();

        assertThat(results).filteredOn("booked"::equals).hasSize(1);
        assertThat(results).filteredOn("conflict"::equals).hasSize(REQUESTS - 1);
    }
}
