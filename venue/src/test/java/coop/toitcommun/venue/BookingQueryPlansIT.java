package coop.toitcommun.venue;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import coop.toitcommun.testsupport.FirstHouse;
import coop.toitcommun.testsupport.PostgresTest;
import coop.toitcommun.testsupport.StatementCounter;
import coop.toitcommun.testsupport.TestDatabase;
import coop.toitcommun.venue.internal.BookingRepository;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * On 100,000 bookings spread over four years, 50 rooms and 100 organisations, no statement that reads or writes the
 * bookings does a sequential scan of them. The statements are not a hand-written list: they are recorded at JDBC
 * level while every query method of {@link BookingRepository} runs, and while the venue's services do what the
 * pages ask of them (calendars, free rooms, booking and its conflict, series, changes, cancellations, feeds,
 * quotas, usage). Each is then explained as PostgreSQL plans it for any parameter ({@code EXPLAIN (GENERIC_PLAN)}),
 * the plan a prepared statement ends up with.
 */
@SpringBootTest(classes = {VenueTestApplication.class, CountingStatements.class})
@PostgresTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BookingQueryPlansIT {

    private static final Pattern BOOKING_TABLE = Pattern.compile("\\bvenue\\.booking\\b(?!_)");
    private static final Pattern SEQUENTIAL_SCAN = Pattern.compile("Seq Scan on booking\\b");
    private static final LocalDate MONDAY = LocalDate.of(2026, 2, 9);

    @Autowired StatementCounter statements;
    @Autowired BookingRepository repository;
    @Autowired Calendars calendars;
    @Autowired Bookings bookings;
    @Autowired Feeds feeds;
    @Autowired Usage usage;
    @Autowired VenueSettings settings;
    @Autowired Schedules schedules;
    @Autowired VenueFixtures fixtures;
    @Autowired JdbcClient jdbc;

    private VenueFixtures.Member member;
    private Actor employee;
    private RoomView room;
    private List<RoomView> rooms;

    @BeforeAll
    void oneHundredThousandBookings() {
        member = fixtures.member();
        employee = fixtures.employee();
        rooms = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            rooms.add(fixtures.room(20, 10));
        }
        room = rooms.get(0);
        List<Long> organisations = new ArrayList<>(List.of(member.organisation().id()));
        for (int i = 0; i < 99; i++) {
            organisations.add(fixtures.member().organisation().id());
        }
        // two one-hour bookings a day per room over four years around the fixed clock, a tenth cancelled
        jdbc.sql("""
                INSERT INTO venue.booking (room_id, organisation_id, booked_by, title, title_public, attendees, starts_at, ends_at,
                    blocked_until, status, created_at, updated_at)
                SELECT room, organisations[1 + (n + room)::int % cardinality(organisations)], :person, 'Réunion ' || n, n % 3 <> 0, 5,
                       slot.starts, slot.starts + interval '1 hour', slot.starts + interval '70 minutes',
                       CASE WHEN n % 10 = 0 THEN 'CANCELLED' ELSE 'CONFIRMED' END, now(), now()
                  FROM unnest(string_to_array(:rooms, ',')::bigint[]) AS room,
                       (SELECT string_to_array(:organisations, ',')::bigint[] AS organisations) AS chosen,
                       generate_series(0, 1999) AS n,
                       LATERAL (SELECT timestamptz '2024-03-01 08:00+01' + (n / 2) * interval '1 day'
                                       + (n % 2) * interval '5 hours' AS starts) AS slot""")
            .param("person", member.person().id())
            .param("rooms", rooms.stream().map(r -> String.valueOf(r.id())).collect(Collectors.joining(",")))
            .param("organisations", organisations.stream().map(String::valueOf).collect(Collectors.joining(",")))
            .update();
        // the application's role may not ANALYZE (PostgreSQL skips it with a warning): the owner does
        TestDatabase.asOwner("ANALYZE venue.booking");
        assertThat(jdbc.sql("SELECT count(*) FROM venue.booking").query(Long.class).single()).isGreaterThanOrEqualTo(100_000);
    }

    @Test
    void noBookingQueryScansTheWholeTable() {
        Map<String, String> plans = new LinkedHashMap<>();
        Set<String> methodsRun = new LinkedHashSet<>();
        for (String sql : bookingStatements(methodsRun)) {
            plans.put(sql, plan(sql));
        }

        assertThat(methodsRun).as("every query method of BookingRepository ran").containsExactlyInAnyOrderElementsOf(queryMethods());
        assertThat(plans).as("statements recorded").hasSizeGreaterThan(15);
        assertThat(plans).allSatisfy((sql, plan) -> assertThat(SEQUENTIAL_SCAN.matcher(plan).find())
            .as("%s%n%s", sql, plan).isFalse());
        assertThat(plans.values()).anySatisfy(plan -> assertThat(plan).contains("booking_active_slot"));
    }

    /** The distinct SQL of every statement on the bookings that the repository and the services send. */
    private Set<String> bookingStatements(Set<String> methodsRun) {
        Set<String> found = new LinkedHashSet<>();
        for (Method method : queryMethods().stream().map(this::method).toList()) {
            found.addAll(recorded(() -> invoke(method)));
            methodsRun.add(method.getName());
        }
        found.addAll(recorded(this::whatThePagesDo));
        return found;
    }

    private void whatThePagesDo() {
        Actor actor = member.actor();
        calendars.week(actor, MONDAY);
        calendars.day(actor, MONDAY.plusDays(1));
        calendars.roomWeek(actor, room.id(), MONDAY);
        calendars.month(actor, room.id(), YearMonth.from(MONDAY));
        calendars.freeRooms(MONDAY.plusDays(2).atTime(18, 0), 60, 5, false);
        BookingView booked = bookings.book(request(actor, MONDAY.plusDays(2).atTime(20, 0), 60));
        try {
            bookings.book(request(actor, MONDAY.plusDays(2).atTime(20, 30), 60));
        } catch (BookingConflictException expected) {
            // the conflict loads the neighbourhood for alternatives
        }
        Recurrence weekly = new Recurrence(Frequency.WEEKLY, null, 4);
        BookingRequest evening = request(actor, MONDAY.plusDays(3).atTime(21, 0), 30);
        bookings.previewSeries(evening, weekly);
        List<BookingView> series = bookings.bookSeries(evening, weekly);
        bookings.change(new BookingChange(actor, series.get(0).id(), series.get(0).version(), MONDAY.plusDays(3).atTime(21, 15),
            MONDAY.plusDays(3).atTime(21, 45), "Répétition", 4, true, "", null, true));
        bookings.cancel(actor, series.get(1).id(), null, true);
        bookings.find(actor, booked.id());
        bookings.upcomingOf(actor);
        bookings.pastOf(actor);
        bookings.awaitingApproval(employee);
        settings.quotaOf(member.organisation().id(), member.organisation().circle(), YearMonth.from(MONDAY));
        usage.occupancy(employee, YearMonth.from(MONDAY));
        usage.byOrganisation(employee, YearMonth.from(MONDAY));
        for (FeedKind kind : FeedKind.values()) {
            long owner = switch (kind) {
                case ROOM -> room.id();
                case ORGANISATION -> member.organisation().id();
                case PERSON -> member.person().id();
            };
            feeds.calendar(feeds.tokenFor(kind == FeedKind.ROOM ? employee : actor, kind, owner), "Réservé");
        }
        feeds.bookingIcs(actor, booked.id());
        schedules.close(employee, room.id(), MONDAY.plusDays(4).atTime(8, 0), MONDAY.plusDays(4).atTime(12, 0), "Travaux");
    }

    private BookingRequest request(Actor actor, LocalDateTime start, int minutes) {
        return new BookingRequest(actor, room.id(), member.organisation().id(), start, start.plusMinutes(minutes), "Atelier", 4,
            true, "");
    }

    private List<String> recorded(Runnable action) {
        return statements.record(action).texts().stream().filter(sql -> BOOKING_TABLE.matcher(sql).find()).toList();
    }

    /** Every query method BookingRepository declares itself (not those inherited from JpaRepository). */
    private static List<String> queryMethods() {
        return Arrays.stream(BookingRepository.class.getDeclaredMethods())
            .filter(m -> !m.isSynthetic() && !Modifier.isStatic(m.getModifiers()) && !m.isDefault())
            .map(Method::getName).distinct().sorted().toList();
    }

    private Method method(String name) {
        return Arrays.stream(BookingRepository.class.getDeclaredMethods()).filter(m -> m.getName().equals(name))
            .findFirst().orElseThrow();
    }

    /** Calls a query method with plausible arguments, chosen by their type and name. */
    private void invoke(Method method) {
        Instant now = VenueTestApplication.NOW;
        List<Object> arguments = new ArrayList<>();
        for (Parameter parameter : method.getParameters()) {
            Class<?> type = parameter.getType();
            String name = parameter.getName();
            if (type == Instant.class) {
                arguments.add(name.equals("to") || name.equals("before") ? now.plus(7, ChronoUnit.DAYS) : now);
            } else if (type == long.class || type == Long.class) {
                arguments.add(name.contains("room") ? room.id() : name.contains("organisation") ? member.organisation().id()
                    : 1L);
            } else if (java.util.Collection.class.isAssignableFrom(type)) {
                arguments.add(name.contains("organisation") ? List.of(member.organisation().id()) : BookingStatus.ACTIVE);
            } else if (type == BookingStatus.class) {
                arguments.add(BookingStatus.PENDING);
            } else {
                throw new IllegalStateException("no argument for " + method + " " + parameter);
            }
        }
        try {
            method.invoke(repository, arguments.toArray());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(method.toString(), e);
        }
    }

    /**
     * The plan PostgreSQL makes for the statement whatever its parameters. {@code EXPLAIN (GENERIC_PLAN)} takes
     * {@code $1}-style placeholders without values, which only the simple query protocol lets through.
     */
    private String plan(String sql) {
        StringBuilder numbered = new StringBuilder();
        int parameter = 0;
        for (char c : sql.toCharArray()) {
            numbered.append(c == '?' ? "$" + ++parameter : String.valueOf(c));
        }
        TestDatabase.Connection db = TestDatabase.get();
        String url = db.url() + (db.url().contains("?") ? "&" : "?") + "preferQueryMode=simple";
        // for the first house, as the application's connections: the planner estimates the house's condition from its value
        try (Connection connection = FirstHouse.connect(url, db.username(), db.password());
             Statement statement = connection.createStatement()) {
            List<String> lines = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("EXPLAIN (GENERIC_PLAN) " + numbered)) {
                while (rows.next()) {
                    lines.add(rows.getString(1));
                }
            }
            return String.join("\n", lines);
        } catch (SQLException e) {
            throw new IllegalStateException("EXPLAIN failed for " + sql, e);
        }
    }
}
