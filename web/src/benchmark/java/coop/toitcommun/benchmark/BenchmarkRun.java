package coop.toitcommun.benchmark;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Everything the simulation does around the HTTP load: the application's starts, the data, the signed-in sessions,
 * and for each measured window the SQL statements it cost ({@code pg_stat_statements}), the JVM's resident memory
 * and the page's weight. Results go to {@link Recorder}; {@link BenchmarkTable} prints them with Gatling's.
 */
final class BenchmarkRun {

    final PackagedApp app = new PackagedApp();
    final Dataset data = new Dataset();
    final Recorder recorder = new Recorder();
    final List<SignedIn> sessions = new ArrayList<>();
    private final AtomicInteger slots = new AtomicInteger();
    private Connection db;
    private volatile long windowRssKb;
    private Thread sampler;
    private String window;
    private long windowStart;
    private long windowCpuMillis;

    void start() throws Exception {
        PackagedApp.deleteRecursively(Bench.DIR);
        Files.createDirectories(Bench.DIR);
        recorder.put("machine.cores", Runtime.getRuntime().availableProcessors());
        recorder.put("run.seconds", Bench.MEASURE.toSeconds());
        recorder.put("run.warmUpSeconds", Bench.WARM_UP.toSeconds());
        recorder.put("machine.loadBefore", loadAverage());
        app.extract();
        app.start("initialise", false, List.of("--spring.profiles.active=demo"), "Demo meetings");
        try (Connection admin = Bench.Role.SUPERUSER.connect(); Statement statement = admin.createStatement()) {
            // counts every statement the application sends; loaded from the next start of the database on
            statement.execute("ALTER SYSTEM SET shared_preload_libraries = 'pg_stat_statements'");
        }
        app.stop();

        PackagedApp.Start plain = app.start("cold-start", false, List.of(), null);
        recorder.put("start.plain.healthy", plain.untilHealthy());
        recorder.put("start.plain.spring", plain.springSeconds());
        app.stop();
        app.train();
        PackagedApp.Start cds = app.start("application", true, List.of(), null);
        recorder.put("start.cds.healthy", cds.untilHealthy());
        recorder.put("start.cds.spring", cds.springSeconds());
        recorder.put("machine.loadAtStart", loadAverage());

        db = Bench.Role.SUPERUSER.connect();
        execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
        recorder.put("db.synchronous_commit", show("synchronous_commit"));
        recorder.put("db.fsync", show("fsync"));
        recorder.put("db.application", applicationRole());
        recorder.put("raw.durability", RawInserts.durability());
        data.prepare(db);
        RawInserts.createCopy();
        recordData("small");
        for (int i = 0; i < Bench.CONNECTIONS.stream().mapToInt(Integer::intValue).max().orElseThrow(); i++) {
            sessions.add(SignedIn.open());
        }
        sampler = new Thread(this::sampleMemory, "rss-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    void stop() throws Exception {
        recorder.put("machine.loadAfter", loadAverage());
        recorder.put("memory.peakRssKb", app.peakRssKb());
        recorder.put("memory.databasePssKb", app.databasePssKb());
        if (sampler != null) {
            sampler.interrupt();
        }
        if (db != null) {
            db.close();
        }
        app.stop();
    }

    // ---- data phases between measurements

    void addHistory() throws SQLException {
        long before = System.nanoTime();
        data.addHistory(db);
        recorder.put("data.historySeconds", (System.nanoTime() - before) / 1e9);
        recordData("history");
    }

    void openAllRooms() throws SQLException {
        data.openAllRooms(db);
        recordData("rooms50");
    }

    void growDirectory() throws SQLException {
        data.organisations(db, 5_000);
        recordData("organisations5000");
    }

    /**
     * Row-level security on or off on every table that has it (docs/operations.md, "Houses"), as the server's
     * superuser: the cost of the policies is the difference between the two. Only the first house has rows
     * ({@link Dataset#keepOnlyTheFirstHouse}), so the pages show the same without them.
     */
    void rowLevelSecurity(boolean on) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement statement = db.createStatement();
             ResultSet rs = statement.executeQuery("SELECT oid::regclass::text FROM pg_class WHERE relforcerowsecurity ORDER BY 1")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        for (String table : tables) {
            execute("ALTER TABLE " + table + (on ? " ENABLE" : " DISABLE") + " ROW LEVEL SECURITY");
        }
        recorder.put("rls.tables", tables.size());
        long enabled = data.count(db, "SELECT count(*) FROM pg_class WHERE relforcerowsecurity AND relrowsecurity");
        if (enabled != (on ? tables.size() : 0)) {
            throw new IllegalStateException(enabled + " of " + tables.size() + " tables have row-level security, not " + (on ? "all" : "none"));
        }
    }

    /** The raw insert loop measured just before the booking form's request {@code name}. */
    void rawInserts(String name, int connections) throws Exception {
        recorder.put("raw." + name, RawInserts.run(connections, Bench.MEASURE.toSeconds()));
    }

    // ---- measured windows

    void open(String name) throws SQLException, IOException {
        execute("SELECT pg_stat_statements_reset()");
        window = name;
        windowRssKb = 0;
        windowStart = System.nanoTime();
        windowCpuMillis = app.serverCpuMillis();
    }

    void close() throws SQLException, IOException {
        recorder.put("window." + window + ".seconds", (System.nanoTime() - windowStart) / 1e9);
        recorder.put("window." + window + ".cpuMillis", app.serverCpuMillis() - windowCpuMillis);
        try (Statement statement = db.createStatement(); ResultSet rs = statement.executeQuery("""
                SELECT coalesce(sum(calls) FILTER (WHERE query !~* '^\\s*(begin|start transaction|commit|rollback)\\M'), 0),
                       coalesce(sum(calls) FILTER (WHERE query ~* '^\\s*(begin|start transaction)\\M'), 0)
                  FROM pg_stat_statements
                 WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
                   AND query !~ 'pg_stat_statements'""")) {
            rs.next();
            recorder.put("window." + window + ".statements", rs.getLong(1));
            recorder.put("window." + window + ".transactions", rs.getLong(2));
        }
        recorder.put("window." + window + ".rssKb", windowRssKb);
    }

    /** The page's weight as sent to a browser that accepts compression, and uncompressed. */
    void weigh(String page, String path, boolean signedIn) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        String session = signedIn ? sessions.get(0).sessionId() : null;
        for (String encoding : List.of("identity", "gzip")) {
            HttpRequest request = HttpRequest.newBuilder(SignedIn.get(path, session).uri())
                .headers(session == null ? new String[] {"Accept-Encoding", encoding}
                    : new String[] {"Accept-Encoding", encoding, "Cookie", "SESSION=" + session})
                .build();
            HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(path + " answered " + response.statusCode());
            }
            recorder.put("bytes." + page + "." + encoding, response.body().length);
        }
    }

    /** A free half hour for the booking form: the bookable rooms, from five weeks after the measured week, no Sundays. */
    Map<String, Object> nextSlot() {
        int n = slots.getAndIncrement();
        List<Long> rooms = data.bookableRooms;
        int perDay = 18;
        int dayIndex = n / rooms.size() / perDay;
        LocalDate day = data.monday.plusWeeks(5L + dayIndex / 6).plusDays(dayIndex % 6);
        LocalTime start = LocalTime.of(9, 0).plusMinutes(30L * (n / rooms.size() % perDay));
        return Map.of("room", rooms.get(n % rooms.size()), "date", day.toString(), "start", start.toString(),
            "end", start.plusMinutes(30).toString());
    }

    private void recordData(String phase) throws SQLException {
        recorder.put("data." + phase + ".houses", data.count(db, "SELECT count(*) FROM membership.house"));
        recorder.put("data." + phase + ".rooms", data.count(db, "SELECT count(*) FROM venue.room WHERE NOT archived"));
        recorder.put("data." + phase + ".weekBookings", data.count(db, """
            SELECT count(*) FROM venue.booking b JOIN venue.room r ON r.id = b.room_id
             WHERE NOT r.archived AND b.status IN ('PENDING', 'CONFIRMED')
               AND b.starts_at >= (DATE '%s')::timestamp AT TIME ZONE 'Europe/Paris'
               AND b.starts_at < (DATE '%s')::timestamp AT TIME ZONE 'Europe/Paris'""".formatted(data.monday, data.monday.plusDays(7))));
        recorder.put("data." + phase + ".bookings", data.count(db, "SELECT count(*) FROM venue.booking"));
        recorder.put("data." + phase + ".organisations", data.count(db,
            "SELECT count(*) FROM membership.organisation WHERE in_directory AND status = 'MEMBER'"));
    }

    private void sampleMemory() {
        while (!Thread.currentThread().isInterrupted()) {
            long rss = app.rssKb();
            if (rss > windowRssKb) {
                windowRssKb = rss;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private String show(String setting) throws SQLException {
        try (Statement statement = db.createStatement(); ResultSet rs = statement.executeQuery("SHOW " + setting)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private void execute(String sql) throws SQLException {
        try (Statement statement = db.createStatement()) {
            statement.execute(sql);
        }
    }

    /** The role the application's own connections use, as the server sees them while it serves. */
    private String applicationRole() throws SQLException {
        try (Statement statement = db.createStatement(); ResultSet rs = statement.executeQuery("""
                SELECT string_agg(DISTINCT a.usename || ' (superuser: ' || r.rolsuper || ')', ', ')
                  FROM pg_stat_activity a JOIN pg_roles r ON r.rolname = a.usename
                 WHERE a.application_name = 'PostgreSQL JDBC Driver' AND a.pid <> pg_backend_pid()""")) {
            rs.next();
            return rs.getString(1);
        }
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "unknown";
        }
    }
}
