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
import java.util.concurrent.locks.LockSupport;

import coop.toitcommun.membership.CurrentHouse;
import coop.toitcommun.testsupport.FirstHouse;
import coop.toitcommun.testsupport.PostgresTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Many people click "book" on overlapping times of one room at the same instant: the database lets one through. */
@SpringBootTest(classes = VenueTestApplication.class, properties = "spring.datasource.hikari.maximum-pool-size=20")
@PostgresTest
class ConcurrentBookingIT {

    private static final int REQUESTS = 60;

    @Autowired Bookings bookings;
    @Autowired VenueFixtures fixtures;
    @Autowired org.springframework.transaction.PlatformTransactionManager transactions;
    @Autowired JdbcClient jdbc;

    /**
     * The check before writing cannot see a booking another transaction has not committed yet: the exclusion
     * constraint makes the second insert wait, then refuses it (23P01). The caller still gets the conflict,
     * naming the booking that won, with alternatives.
     */
    @Test
    void whenTheDatabaseRefusesTheRowTheConflictStillNamesTheWinnerAndAlternatives() throws Exception {
        RoomView room = fixtures.room(20, 0);
        RoomView other = fixtures.room(20, 0);
        VenueFixtures.Member first = fixtures.member();
        VenueFixtures.Member second = fixtures.member();
        LocalDateTime start = LocalDateTime.of(2026, 2, 19, 10, 0);
        CountDownLatch inserted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        Future<?> winner = pool.submit(CurrentHouse.carried(() -> new org.springframework.transaction.support.TransactionTemplate(transactions)
            .executeWithoutResult(status -> {
                bookings.book(new BookingRequest(first.actor(), room.id(), first.organisation().id(), start,
                    start.plusHours(2), "Premier arrivé", 5, true, ""));
                inserted.countDown();
                await(release);
            })));
        assertThat(inserted.await(30, TimeUnit.SECONDS)).isTrue();
        Future<Conflict> loser = pool.submit(FirstHouse.carried(() -> {
            try {
                bookings.book(new BookingRequest(second.actor(), room.id(), second.organisation().id(), start.plusHours(1),
                    start.plusHours(3), "Second", 5, true, ""));
                return null;
            } catch (BookingConflictException e) {
                return e.conflict();
            }
        }));
        awaitAWaitingLock(); // the second insert waits on the first transaction, as PostgreSQL says
        release.countDown();
        winner.get(30, TimeUnit.SECONDS);
        Conflict conflict = loser.get(30, TimeUnit.SECONDS);
        pool.shutdown();

        assertThat(conflict).isNotNull();
        assertThat(conflict.collidingTitle()).isEqualTo("Premier arrivé");
        assertThat(conflict.freeRooms()).extracting(RoomView::id).contains(other.id());
        assertThat(conflict.nearestSlots()).isNotEmpty();
    }

    private void awaitAWaitingLock() {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        while (jdbc.sql("SELECT count(*) FROM pg_locks WHERE NOT granted").query(Long.class).single() == 0) {
            assertThat(System.nanoTime()).as("the second insert waiting for the first transaction").isLessThan(deadline);
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(10));
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

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
            outcomes.add(pool.submit(FirstHouse.carried(() -> {
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
            })));
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
