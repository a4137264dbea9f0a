package coop.toitcommun.web.venue;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import coop.toitcommun.membership.AccountView;
import coop.toitcommun.membership.Accounts;
import coop.toitcommun.membership.Circle;
import coop.toitcommun.membership.Invitation;
import coop.toitcommun.membership.Language;
import coop.toitcommun.membership.OrganisationRef;
import coop.toitcommun.membership.OrganisationRole;
import coop.toitcommun.membership.OrganisationStatus;
import coop.toitcommun.membership.Organisations;
import coop.toitcommun.membership.Role;
import coop.toitcommun.testsupport.FirstHouse;
import coop.toitcommun.venue.RoomView;
import coop.toitcommun.venue.Rooms;
import coop.toitcommun.web.database.EmbeddedDatabase;
import coop.toitcommun.web.support.TestAddresses;
import coop.toitcommun.web.support.WebClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The application as a small house runs it: the production embedded PostgreSQL (durable settings, watchdog)
 * in a data folder of its own. Members book over HTTP from several threads; the postmaster is killed with
 * SIGKILL in the middle; every booking that was answered with success is still there afterwards, and bookings
 * succeed again within 10 seconds, without restarting the application.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@ExtendWith(FirstHouse.class)
class BookingsSurviveACrashIT {

    private static final Logger LOG = LoggerFactory.getLogger(BookingsSurviveACrashIT.class);
    private static final int BOOKERS = 4;
    private static final Duration RECOVERY = Duration.ofSeconds(10);

    @TempDir
    static Path dataFolder;

    @DynamicPropertySource
    static void productionEmbeddedDatabase(DynamicPropertyRegistry registry) {
        registry.add("toitcommun.embedded.directory", () -> dataFolder.resolve("postgres").toString());
    }

    @LocalServerPort int port;
    @Autowired EmbeddedDatabase database;
    @Autowired JdbcClient jdbc;
    @Autowired Accounts accounts;
    @Autowired Organisations organisations;
    @Autowired Rooms rooms;

    /** One booker: a session, its organisation, its own room, its own slots. */
    private record Booker(WebClient client, String csrf, long organisation, long room) {
    }

    private record Answer(long startedAt, int status, Long bookingId) {
    }

    @Test
    void theEmbeddedDatabaseRunsWithPostgresDurableSettings() {
        assertThat(jdbc.sql("SELECT current_setting('fsync') || ' ' || current_setting('synchronous_commit') || ' ' "
            + "|| current_setting('full_page_writes')").query(String.class).single()).isEqualTo("on on on");
        assertThat(database.directory()).isEqualTo(dataFolder.resolve("postgres").toAbsolutePath().normalize());
    }

    @Test
    void everyConfirmedBookingSurvivesAKilledPostmasterAndBookingWorksAgainWithinTenSeconds() throws Exception {
        List<Booker> bookers = new ArrayList<>();
        for (int i = 0; i < BOOKERS; i++) {
            bookers.add(booker(i));
        }
        ConcurrentLinkedQueue<Answer> answers = new ConcurrentLinkedQueue<>();
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(BOOKERS);
        List<Future<?>> running = new ArrayList<>();
        for (Booker booker : bookers) {
            running.add(pool.submit(() -> bookUntilStopped(booker, answers, stop)));
        }
        try {
            // before the kill, and once the database is back: a loaded machine books slowly, which is not what is tested
            waitUntil(Duration.ofMinutes(3), () -> successes(answers, 0) >= 3L * BOOKERS, () -> statuses(answers));
            long postmaster = database.pid();
            long killedAt = System.nanoTime();
            assertThat(ProcessHandle.of(postmaster).orElseThrow().destroyForcibly()).isTrue();

            waitUntil(Duration.ofSeconds(30), () -> database.pid() != postmaster
                && ProcessHandle.of(database.pid()).map(ProcessHandle::isAlive).orElse(false), () -> "no new postmaster");
            waitUntil(Duration.ofMinutes(3), () -> successes(answers, killedAt) >= 3L * BOOKERS, () -> statuses(answers));
            long firstAfter = answers.stream().filter(a -> a.bookingId() != null && a.startedAt() > killedAt)
                .mapToLong(Answer::startedAt).min().orElseThrow();
            assertThat(Duration.ofNanos(firstAfter - killedAt)).isLessThan(RECOVERY);
            LOG.info("Postmaster {} killed after {} confirmed bookings; a booking succeeded again {} ms after the kill",
                postmaster, successes(answers, 0) - successes(answers, killedAt), (firstAfter - killedAt) / 1_000_000);
        } finally {
            stop.set(true);
            pool.shutdown();
            assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        }
        for (Future<?> booker : running) {
            booker.get();
        }

        List<Long> confirmed = answers.stream().map(Answer::bookingId).filter(id -> id != null).toList();
        List<Long> kept = jdbc.sql("SELECT id FROM venue.booking WHERE id IN (:ids) AND status = 'CONFIRMED'")
            .param("ids", confirmed).query(Long.class).list();
        assertThat(kept).as("bookings answered with success, then found after the crash").containsExactlyInAnyOrderElementsOf(confirmed);
        List<Integer> refused = answers.stream().filter(a -> a.bookingId() == null).map(Answer::status).toList();
        LOG.info("{} bookings confirmed over HTTP, all {} found after the crash; {} requests refused with {}", confirmed.size(),
            kept.size(), refused.size(), refused.stream().distinct().toList());
        assertThat(refused).as("requests that met the dead database").isNotEmpty().containsOnly(503);
    }

    private void bookUntilStopped(Booker booker, ConcurrentLinkedQueue<Answer> answers, AtomicBoolean stop) {
        LocalDate monday = VenueTestData.futureMonday();
        for (int slot = 0; !stop.get(); slot++) {
            LocalDate day = monday.plusWeeks(slot / 40).plusDays(slot / 8 % 5);
            int hour = 9 + slot % 8;
            Map<String, String> form = new LinkedHashMap<>();
            form.put("room", String.valueOf(booker.room()));
            form.put("organisation", String.valueOf(booker.organisation()));
            form.put("date", day.toString());
            form.put("start", String.format("%02d:00", hour));
            form.put("end", String.format("%02d:45", hour));
            form.put("title", "Permanence " + slot);
            form.put("attendees", "3");
            form.put("notes", "");
            form.put("repeat", ""); // "Une seule fois"
            form.put("_csrf", booker.csrf());
            long startedAt = System.nanoTime();
            HttpResponse<String> response = booker.client().post("/bookings", form);
            String location = response.headers().firstValue("Location").orElse("");
            boolean booked = response.statusCode() == 302 && location.matches(".*/bookings/\\d+$");
            answers.add(new Answer(startedAt, response.statusCode(),
                booked ? Long.valueOf(URI.create(location).getPath().substring("/bookings/".length())) : null));
        }
    }

    private Booker booker(int index) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String email = "salariee-" + suffix + "@example.org";
        AccountView account = accounts.createActivated(new Invitation(email, "Salariée " + suffix, Language.FR,
            Set.of(Role.MEMBER, Role.EMPLOYEE)), VenueTestData.PASSWORD);
        OrganisationRef organisation = organisations.register("Asso " + suffix, OrganisationStatus.MEMBER, Circle.FOUNDING);
        organisations.link(organisation.id(), account.personId(), OrganisationRole.CONTACT);
        RoomView room = new VenueTestData(accounts, organisations, rooms).room("Salle " + index, 10);
        WebClient client = new WebClient(port).header("X-Forwarded-For", TestAddresses.next());
        assertThat(client.signIn(email, VenueTestData.PASSWORD).statusCode()).isEqualTo(302);
        String csrf = WebClient.csrfToken(WebClient.html(client.get("/bookings/new")));
        return new Booker(client, csrf, organisation.id(), room.id());
    }

    private static long successes(ConcurrentLinkedQueue<Answer> answers, long after) {
        return answers.stream().filter(a -> a.bookingId() != null && a.startedAt() > after).count();
    }

    /** How many answers of each status, to say what the bookers met when a wait runs out. */
    private static String statuses(ConcurrentLinkedQueue<Answer> answers) {
        return answers.stream().collect(Collectors.groupingBy(Answer::status, TreeMap::new, Collectors.counting())).toString();
    }

    private static void waitUntil(Duration timeout, BooleanSupplier state, Supplier<String> seen) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!state.getAsBoolean()) {
            assertThat(System.nanoTime()).as(() -> "waited " + timeout + " for the state; seen " + seen.get()).isLessThan(deadline);
            Thread.sleep(20);
        }
    }
}
