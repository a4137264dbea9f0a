package coop.toitcommun.benchmark;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.Cookie;
import static io.gatling.javaapi.http.HttpDsl.addCookie;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

/**
 * The daily pages under load, on the packaged application with {@code -Xmx256m} and its embedded PostgreSQL. One run,
 * in this order, each step starting when the previous one has ended:
 * <ol>
 *   <li>a warm-up of every page (measured by Gatling like the rest, and left out of the table);</li>
 *   <li>20 rooms, 421 bookings in the week, a small history, 1,000 organisations: every page and the booking form,
 *   each at 8 then 32 connections;</li>
 *   <li>250,000 more bookings of history: the week and day calendars, the booking form again;</li>
 *   <li>50 rooms, 900 bookings in the week: the week calendar;</li>
 *   <li>5,000 organisations: the directory;</li>
 *   <li>the cost of row-level security: the 50-room week and the directory of 5,000 at 8 connections, with it, without
 *   it, without it again, with it again (so that a drift of the machine's speed weighs on both alike).</li>
 * </ol>
 * The machine this runs on is shared and its speed changes from one minute to the next, so every page is compared
 * with a neighbour measured just before it at the same number of connections: the static asset for a page, the raw
 * insert loop for the booking form. Each measured window is closed by reading what it cost in SQL statements;
 * {@link BenchmarkTable} prints the table.
 */
public class DailyPagesSimulation extends Simulation {

    private static final BenchmarkRun RUN = new BenchmarkRun();

    /**
     * A page of the benchmark: its request names are {@code id@connections}; an id ends in the data it is measured on
     * ({@code -history}, {@code -50}, {@code -5000}) and, for the cost of row-level security, in {@code /rls-on-N} or
     * {@code /rls-off-N}.
     */
    record Page(String id, boolean signedIn) {

        String path() {
            Dataset data = RUN.data;
            return switch (id.replaceAll("/rls-.*$", "").replaceAll("-(history|50|5000)$", "")) {
                case STATIC -> "/assets/css/app.css";
                case "week", "week-20" -> "/calendar?week=" + coop.toitcommun.venue.Calendars.weekOf(data.monday);
                case "day" -> "/calendar/day?date=" + data.monday.plusDays(2);
                case "home" -> "/";
                case "directory", "directory-member" -> "/organisations";
                case "directory-search" -> "/organisations?q=lievin";
                case "dashboard" -> "/dashboard";
                case "meeting" -> "/meetings/" + data.meeting;
                default -> throw new IllegalArgumentException(id);
            };
        }
    }

    static final String STATIC = "static";
    /** Row-level security in each round of its measurement: on, off, off, on. */
    static final List<Boolean> ROW_LEVEL_SECURITY = List.of(true, false, false, true);
    private static final String BOOKING = "booking";

    private final HttpProtocolBuilder protocol = http.baseUrl(Bench.base())
        .disableWarmUp()
        .disableCaching()
        .acceptHeader("text/html,application/xhtml+xml,text/css,*/*;q=0.8")
        .acceptEncodingHeader("gzip, deflate")
        .acceptLanguageHeader("fr-FR,fr;q=0.9")
        .userAgentHeader("Toit Commun benchmark");

    private final AtomicInteger sessionCounter = new AtomicInteger();
    private final Iterator<Map<String, Object>> sessions = Stream.generate(() -> {
        SignedIn session = RUN.sessions.get(sessionCounter.getAndIncrement() % RUN.sessions.size());
        return Map.<String, Object>of("sessionId", session.sessionId(), "csrf", session.csrf());
    }).iterator();

    public DailyPagesSimulation() {
        List<Page> small = List.of(new Page("week-20", true), new Page("day", true),
            new Page("home", false), new Page("directory", false), new Page("directory-search", false),
            new Page("directory-member", true), new Page("dashboard", true), new Page("meeting", true));
        List<PopulationBuilder> steps = new ArrayList<>();
        steps.add(step("weigh " + STATIC, () -> RUN.weigh(STATIC, new Page(STATIC, false).path(), false)));
        steps.add(load(new Page(STATIC, false), 8, Bench.WARM_UP, "warm-up " + STATIC));
        for (Page page : small) {
            steps.add(load(page, 8, Bench.WARM_UP, "warm-up " + page.id()));
        }
        steps.add(load(new Page(BOOKING, true), 8, Bench.WARM_UP, "warm-up " + BOOKING));

        small.forEach(page -> measure(steps, page));
        measure(steps, new Page(BOOKING, true));

        steps.add(step("history", RUN::addHistory));
        List.of(new Page("week-20-history", true), new Page("day-history", true), new Page(BOOKING + "-history", true))
            .forEach(page -> measure(steps, page));

        steps.add(step("50 rooms", RUN::openAllRooms));
        measure(steps, new Page("week-50", true));

        steps.add(step("5,000 organisations", RUN::growDirectory));
        List.of(new Page("directory-5000", false), new Page("directory-search-5000", false)).forEach(page -> measure(steps, page));

        int round = 0;
        for (boolean on : ROW_LEVEL_SECURITY) {
            String variant = "/rls-" + (on ? "on" : "off") + "-" + ++round;
            steps.add(step("row-level security " + variant, () -> RUN.rowLevelSecurity(on)));
            for (Page page : List.of(new Page("week-50", true), new Page("directory-5000", false), new Page("directory-search-5000", false))) {
                measure(steps, new Page(page.id() + variant, page.signedIn()), Bench.CONNECTIONS.get(0));
            }
        }

        PopulationBuilder chain = steps.get(steps.size() - 1);
        for (int i = steps.size() - 2; i >= 0; i--) {
            chain = steps.get(i).andThen(chain);
        }
        setUp(chain).protocols(protocol);
    }

    @Override
    public void before() {
        try {
            RUN.start();
        } catch (Exception e) {
            stopQuietly();
            throw new IllegalStateException("the benchmark could not start", e);
        }
    }

    @Override
    public void after() {
        stopQuietly();
    }

    /**
     * The page at 8 then 32 connections, each load inside a window whose SQL statements are counted, each just after
     * its neighbour at the same number of connections: the static asset (request {@code static before id@n}), or for
     * the booking form the raw insert loop.
     */
    private void measure(List<PopulationBuilder> steps, Page page) {
        for (int connections : Bench.CONNECTIONS) {
            measure(steps, page, connections);
        }
    }

    private void measure(List<PopulationBuilder> steps, Page page, int connections) {
        String name = page.id() + "@" + connections;
        if (page.id().startsWith(BOOKING)) {
            steps.add(step("raw inserts before " + name, () -> RUN.rawInserts(name, connections)));
        } else {
            window(steps, new Page(STATIC, false), connections, neighbour(name));
        }
        if (!page.id().startsWith(BOOKING) && connections == Bench.CONNECTIONS.get(0)) {
            steps.add(step("weigh " + page.id(), () -> RUN.weigh(page.id(), page.path(), page.signedIn())));
        }
        window(steps, page, connections, name);
    }

    /** The static asset's request name measured just before the page's request {@code name}. */
    static String neighbour(String name) {
        return STATIC + " before " + name;
    }

    private void window(List<PopulationBuilder> steps, Page page, int connections, String name) {
        steps.add(step("open " + name, () -> RUN.open(name)));
        steps.add(load(page, connections, Bench.MEASURE, name));
        steps.add(step("close " + name, RUN::close));
    }

    /** {@code users} virtual users, each on its own connection, asking for the page again and again. */
    private PopulationBuilder load(Page page, int users, Duration duration, String name) {
        ChainBuilder request = page.id().startsWith(BOOKING) ? book(name)
            : exec(http(name).get(session -> page.path()).check(status().is(200)));
        ScenarioBuilder scenario = scenario(name);
        if (page.signedIn()) {
            scenario = scenario.feed(sessions)
                .exec(addCookie(Cookie("SESSION", "#{sessionId}").withDomain("localhost").withPath("/")));
        }
        return scenario.during(duration).on(request).injectOpen(atOnceUsers(users));
    }

    /** The booking form sent with its CSRF token, for a distinct free half hour each time; success is a redirect. */
    private ChainBuilder book(String name) {
        return exec(session -> session.setAll(RUN.nextSlot()))
            .exec(http(name).post("/bookings")
                .formParam("room", "#{room}")
                .formParam("organisation", session -> RUN.data.memberOrganisation)
                .formParam("date", "#{date}")
                .formParam("start", "#{start}")
                .formParam("end", "#{end}")
                .formParam("title", "Réunion du banc d’essai")
                .formParam("attendees", "4")
                .formParam("notes", "")
                .formParam("_csrf", "#{csrf}")
                .disableFollowRedirect()
                .check(status().is(302))
                .check(header("Location").transform(location -> location.matches(".*/bookings/\\d+$")).is(true)));
    }

    private interface Step {
        void run() throws Exception;
    }

    /** One virtual user that changes the data or reads the counters between two loads. */
    private static PopulationBuilder step(String name, Step action) {
        return scenario(name).exec(session -> {
            try {
                System.out.printf("benchmark: %s (load %s)%n", name, BenchmarkRun.loadAverage());
                action.run();
                return session;
            } catch (Exception e) {
                RUN.recorder.put("error", name + ": " + e);
                e.printStackTrace();
                return session.markAsFailed();
            }
        }).injectOpen(atOnceUsers(1));
    }

    private static void stopQuietly() {
        try {
            RUN.stop();
        } catch (Exception e) {
            e.printStackTrace();
        }
    }
}
