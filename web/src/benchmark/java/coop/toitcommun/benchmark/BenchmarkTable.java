package coop.toitcommun.benchmark;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Prints the benchmark's table from the last Gatling run (the statistics table of its report: counts and
 * percentiles per request name) and what the simulation measured besides ({@code measurements.properties}: window lengths, SQL
 * statements, memory, starts, the raw insert loops). Requests per second are counted over each measured window. Each
 * page, at each number of connections, is compared with its neighbour measured just before it at the same number of
 * connections: the static asset for a page, the raw insert loop for the booking form; both raw figures are printed.
 * The table is also written to {@code target/benchmark/table.md}.
 */
public final class BenchmarkTable {

    /** A page of the table: its request name prefix, its label, the aim of issue 9 (0: none). */
    private record Row(String id, String label, double aim) {

        boolean booking() {
            return id.startsWith("booking");
        }
    }

    private static final List<Row> ROWS = List.of(
        new Row("week-20", "week calendar, 20 rooms, 421 bookings", 0.10),
        new Row("day", "day view, 20 rooms", 0),
        new Row("home", "home page (public)", 0),
        new Row("directory", "directory, 1,000 organisations, page 1 (public)", 0.25),
        new Row("directory-search", "directory, search \"lievin\" (public)", 0.25),
        new Row("directory-member", "directory, page 1 (signed in)", 0.25),
        new Row("dashboard", "dashboard (board member)", 0),
        new Row("meeting", "meeting page", 0),
        new Row("booking", "booking form (POST, distinct slots, CSRF)", 0.20),
        new Row("week-20-history", "week calendar, 20 rooms, 250,000 bookings of history", 0.10),
        new Row("day-history", "day view, 250,000 bookings of history", 0),
        new Row("booking-history", "booking form, 250,000 bookings of history", 0.20),
        new Row("week-50", "week calendar, 50 rooms, 900 bookings", 0.05),
        new Row("directory-5000", "directory, 5,000 organisations, page 1 (public)", 0.25),
        new Row("directory-search-5000", "directory, 5,000 organisations, search (public)", 0.25));

    /** Gatling's figures for one request name. */
    private record Stats(long total, long ok, long ko, long p50, long p99) {
    }

    private final Map<String, Stats> requests;
    private final Properties measured;

    private BenchmarkTable(Map<String, Stats> requests, Properties measured) {
        this.requests = requests;
        this.measured = measured;
    }

    public static void main(String[] args) throws IOException {
        Path results = Path.of(args[0]);
        Path benchmark = Path.of(args[1]);
        Properties measured = new Properties();
        try (Reader in = Files.newBufferedReader(benchmark.resolve("measurements.properties"))) {
            measured.load(in);
        }
        if (measured.getProperty("error") != null) {
            throw new IllegalStateException("the benchmark failed: " + measured.getProperty("error"));
        }
        String table = new BenchmarkTable(requests(lastRun(results)), measured).table();
        System.out.println();
        System.out.println(table);
        Files.writeString(benchmark.resolve("table.md"), table);
    }

    private String table() {
        StringBuilder out = new StringBuilder();
        out.append("| page | conn. | req/s | p50 | p99 | neighbour | its req/s | ratio | aim | KB | KB gzip | SQL/req | tx/req | CPU/req |\n");
        out.append("|---|---:|---:|---:|---:|---|---:|---:|---|---:|---:|---:|---:|---:|\n");
        for (Row row : ROWS) {
            for (int connections : Bench.CONNECTIONS) {
                String name = row.id() + "@" + connections;
                double rate = rate(name);
                double reference = reference(row, connections);
                double ratio = rate / reference;
                boolean first = connections == Bench.CONNECTIONS.get(0);
                out.append("| ").append(first ? row.label() : "")
                    .append(" | ").append(connections)
                    .append(" | ").append(number(rate, 1)).append(ko(name))
                    .append(" | ").append(millis(name, false))
                    .append(" | ").append(millis(name, true))
                    .append(" | ").append(row.booking() ? "raw inserts" : "static, p50 " + millis(DailyPagesSimulation.neighbour(name), false))
                    .append(" | ").append(number(reference, 1))
                    .append(" | ").append(Double.isNaN(ratio) ? "" : String.format(Locale.ROOT, "%.1f %%", 100 * ratio))
                    .append(" | ").append(aim(row, ratio))
                    .append(" | ").append(first && !row.booking() ? kilobytes("bytes." + row.id() + ".identity") : "")
                    .append(" | ").append(first && !row.booking() ? kilobytes("bytes." + row.id() + ".gzip") : "")
                    .append(" | ").append(first ? perRequest(row.id(), "statements") : "")
                    .append(" | ").append(first ? perRequest(row.id(), "transactions") : "")
                    .append(" | ").append(cpuPerRequest(name)).append(" |\n");
            }
        }
        out.append('\n').append(summary());
        out.append('\n').append(rowLevelSecurity());
        return out.toString();
    }

    /**
     * The cost of row-level security on the calendar and the directory: each page's ratio to its static neighbour and
     * the server's CPU time per request, with the policies (rounds 1 and 4) and without (rounds 2 and 3).
     */
    private String rowLevelSecurity() {
        StringBuilder out = new StringBuilder("Row-level security, at " + Bench.CONNECTIONS.get(0) + " connections, on "
            + measured.getProperty("rls.tables") + " tables, lifted in rounds 2 and 3:\n\n");
        out.append("| page | round | row-level security | req/s | static req/s | ratio | CPU/req | KB |\n");
        out.append("|---|---:|---|---:|---:|---:|---:|---:|\n");
        List<String> costs = new ArrayList<>();
        for (String id : List.of("week-50", "directory-5000", "directory-search-5000")) {
            String label = ROWS.stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow().label();
            double[] ratio = new double[2];
            double[] cpu = new double[2];
            boolean sameWeight = true;
            for (int round = 1; round <= DailyPagesSimulation.ROW_LEVEL_SECURITY.size(); round++) {
                boolean on = DailyPagesSimulation.ROW_LEVEL_SECURITY.get(round - 1);
                String variant = id + "/rls-" + (on ? "on" : "off") + "-" + round;
                String name = variant + "@" + Bench.CONNECTIONS.get(0);
                double rate = rate(name);
                double reference = rate(DailyPagesSimulation.neighbour(name));
                ratio[on ? 0 : 1] += rate / reference / 2;
                cpu[on ? 0 : 1] += cpuMillisPerRequest(name) / 2;
                sameWeight &= value("bytes." + variant + ".identity") == value("bytes." + id + ".identity");
                out.append("| ").append(round == 1 ? label : "").append(" | ").append(round)
                    .append(" | ").append(on ? "on" : "off")
                    .append(" | ").append(number(rate, 1)).append(ko(name))
                    .append(" | ").append(number(reference, 1))
                    .append(" | ").append(String.format(Locale.ROOT, "%.1f %%", 100 * rate / reference))
                    .append(" | ").append(cpuPerRequest(name))
                    .append(" | ").append(kilobytes("bytes." + variant + ".identity")).append(" |\n");
            }
            double throughputCost = ratio[1] / ratio[0] - 1;
            double cpuCost = cpu[0] / cpu[1] - 1;
            costs.add(String.format(Locale.ROOT, "%s: ratio %.1f %% with, %.1f %% without: %+.1f %% of throughput "
                    + "(aim ≤ 10 %%: %s); server CPU %.1f ms with, %.1f ms without per request: %+.1f %% (aim ≤ 10 %%: %s); "
                    + "the page weighs %s with and without",
                label, 100 * ratio[0], 100 * ratio[1], 100 * throughputCost, throughputCost <= 0.10 ? "met" : "NOT met",
                cpu[0], cpu[1], 100 * cpuCost, cpuCost <= 0.10 ? "met" : "NOT met", sameWeight ? "the same" : "NOT the same"));
        }
        out.append('\n');
        costs.forEach(cost -> out.append("- ").append(cost).append('\n'));
        return out.toString();
    }

    /** The neighbour's figure: the static asset's requests per second just before, or the raw loop's rows per second. */
    private double reference(Row row, int connections) {
        String name = row.id() + "@" + connections;
        return row.booking() ? value("raw." + name) : rate(DailyPagesSimulation.neighbour(name));
    }

    private double ratio(String id, int connections) {
        Row row = ROWS.stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
        return rate(id + "@" + connections) / reference(row, connections);
    }

    private static String aim(Row row, double ratio) {
        if (row.aim() == 0) {
            return "";
        }
        return String.format(Locale.ROOT, "≥ %.0f %%: %s", 100 * row.aim(), ratio >= row.aim() ? "met" : "NOT met");
    }

    private String summary() {
        StringBuilder out = new StringBuilder();
        double small = ratio("week-20", 8);
        double history = ratio("week-20-history", 8);
        double small32 = ratio("week-20", 32);
        double history32 = ratio("week-20-history", 32);
        double slowdown = Math.max(small / history, small32 / history32);
        line(out, "week with 250,000 bookings of history vs small history (ratios to their static neighbours)",
            String.format(Locale.ROOT, "%.2f× at 8, %.2f× at 32 (aim ≤ 1.2×: %s); raw req/s %s → %s at 8, %s → %s at 32",
                small / history, small32 / history32, slowdown <= 1.2 ? "met" : "NOT met",
                number(rate("week-20@8"), 1), number(rate("week-20-history@8"), 1),
                number(rate("week-20@32"), 1), number(rate("week-20-history@32"), 1)));
        line(out, "static asset", String.format(Locale.ROOT, "%s KB, %s KB compressed; its neighbour measurements ranged "
            + "from %s to %s req/s over the run", kilobytes("bytes.static.identity"), kilobytes("bytes.static.gzip"),
            number(staticRates().min().orElse(Double.NaN), 1), number(staticRates().max().orElse(Double.NaN), 1)));
        double weekKb = value("bytes.week-20.identity") / 1024;
        line(out, "week calendar page weight", String.format(Locale.ROOT, "%.0f KB, %.0f KB compressed (aim ≤ 120 KB: %s)",
            weekKb, value("bytes.week-20.gzip") / 1024, weekKb <= 120 ? "met" : "NOT met"));
        double peak = Math.max(value("memory.peakRssKb"), maxWindowRss()) / 1024;
        line(out, "JVM resident memory under load (VmHWM, -Xmx256m)", String.format(Locale.ROOT,
            "%.0f MiB peak, %.0f MiB at most while measuring (aim ≤ 400 MiB: %s); embedded PostgreSQL %.0f MiB PSS",
            value("memory.peakRssKb") / 1024, maxWindowRss() / 1024, peak <= 400 ? "met" : "NOT met",
            value("memory.databasePssKb") / 1024));
        line(out, "cold start on the initialised database", String.format(Locale.ROOT,
            "%.1f s with the class-data sharing archive (Spring: %.1f s; aim ≤ 15 s: %s), %.1f s without (Spring: %.1f s)",
            value("start.cds.healthy"), value("start.cds.spring"), value("start.cds.healthy") <= 15 ? "met" : "NOT met",
            value("start.plain.healthy"), value("start.plain.spring")));
        line(out, "raw single-row inserts into a copy of venue.booking (LIKE … INCLUDING ALL: same exclusion constraint)",
            "connected as " + measured.getProperty("raw.durability"));
        line(out, "database durability settings", "synchronous_commit=" + measured.getProperty("db.synchronous_commit")
            + ", fsync=" + measured.getProperty("db.fsync") + "; the application connected as " + measured.getProperty("db.application"));
        for (String phase : List.of("small", "history", "rooms50", "organisations5000")) {
            line(out, "data, " + phase, String.format(Locale.ROOT, "%s house(s), %s open rooms, %s active bookings in the week "
                    + "in them, %s bookings in all, %s listed organisations", measured.getProperty("data." + phase + ".houses"),
                measured.getProperty("data." + phase + ".rooms"),
                measured.getProperty("data." + phase + ".weekBookings"), measured.getProperty("data." + phase + ".bookings"),
                measured.getProperty("data." + phase + ".organisations")));
        }
        line(out, "machine", measured.getProperty("machine.cores") + " cores; load average (1, 5, 15 min) before: "
            + measured.getProperty("machine.loadBefore") + "; when the load began: " + measured.getProperty("machine.loadAtStart")
            + "; after: " + measured.getProperty("machine.loadAfter"));
        line(out, "CPU/req", "the server's CPU time per request over the window: its JVM's and its PostgreSQL's processes, "
            + "read from /proc when the window opens and when it closes");
        line(out, "each measurement", measured.getProperty("run.seconds") + " s per page and number of connections, after a "
            + measured.getProperty("run.warmUpSeconds") + " s warm-up of each page at 8 connections (left out of the table)");
        return out.toString();
    }

    private java.util.stream.DoubleStream staticRates() {
        return requests.keySet().stream().filter(name -> name.startsWith(DailyPagesSimulation.STATIC + " before "))
            .mapToDouble(this::rate).filter(rate -> !Double.isNaN(rate));
    }

    private double maxWindowRss() {
        return measured.stringPropertyNames().stream().filter(k -> k.endsWith(".rssKb"))
            .mapToDouble(k -> Double.parseDouble(measured.getProperty(k))).max().orElse(0);
    }

    private static void line(StringBuilder out, String what, String value) {
        out.append("- ").append(what).append(": ").append(value).append('\n');
    }

    private double rate(String name) {
        Stats stats = requests.get(name);
        String seconds = measured.getProperty("window." + name + ".seconds");
        if (stats == null || seconds == null) {
            return Double.NaN;
        }
        return stats.ok() / Double.parseDouble(seconds);
    }

    private String ko(String name) {
        Stats stats = requests.get(name);
        return stats == null || stats.ko() == 0 ? "" : " (" + stats.ko() + " KO)";
    }

    private String millis(String name, boolean p99) {
        Stats stats = requests.get(name);
        return stats == null ? "" : (p99 ? stats.p99() : stats.p50()) + " ms";
    }

    private String perRequest(String base, String what) {
        String name = base + "@" + Bench.CONNECTIONS.get(0);
        Stats stats = requests.get(name);
        String total = measured.getProperty("window." + name + "." + what);
        if (stats == null || total == null) {
            return "";
        }
        return number(Double.parseDouble(total) / stats.total(), 1);
    }

    /** The server's CPU time (the JVM's and PostgreSQL's) per request of the window, in ms. */
    private double cpuMillisPerRequest(String name) {
        Stats stats = requests.get(name);
        return stats == null ? Double.NaN : value("window." + name + ".cpuMillis") / stats.total();
    }

    private String cpuPerRequest(String name) {
        double millis = cpuMillisPerRequest(name);
        return Double.isNaN(millis) ? "" : number(millis, 1) + " ms";
    }

    private String kilobytes(String key) {
        String bytes = measured.getProperty(key);
        return bytes == null ? "" : number(Double.parseDouble(bytes) / 1024, 1);
    }

    private double value(String key) {
        String value = measured.getProperty(key);
        return value == null ? Double.NaN : Double.parseDouble(value);
    }

    private static String number(double value, int decimals) {
        return Double.isNaN(value) ? "" : String.format(Locale.ROOT, "%,." + decimals + "f", value);
    }

    private static Path lastRun(Path results) throws IOException {
        try (Stream<Path> runs = Files.list(results)) {
            return runs.filter(Files::isDirectory).max(Comparator.comparing(p -> p.getFileName().toString()))
                .orElseThrow(() -> new IllegalStateException("no Gatling run in " + results));
        }
    }

    /** Gatling's statistics by request name, read from the statistics table of the run's report. */
    private static Map<String, Stats> requests(Path run) throws IOException {
        Document report = Jsoup.parse(run.resolve("index.html").toFile());
        Map<String, String> columns = new HashMap<>();
        for (Element header : report.select("th[id^=col-]")) {
            columns.put(header.text().trim(), header.id());
        }
        Map<String, Stats> byName = new HashMap<>();
        for (Element row : report.select("tr[id^=req_]")) {
            byName.put(row.selectFirst(".ellipsed-name").text(), new Stats(cell(row, columns, "Total"),
                cell(row, columns, "OK"), cell(row, columns, "KO"), cell(row, columns, "50th pct"), cell(row, columns, "99th pct")));
        }
        return byName;
    }

    private static long cell(Element row, Map<String, String> columns, String header) {
        String column = columns.get(header);
        if (column == null) {
            throw new IllegalStateException("no column '" + header + "' in Gatling's report");
        }
        return Long.parseLong(row.selectFirst("td." + column).text().trim().replace(",", ""));
    }
}
