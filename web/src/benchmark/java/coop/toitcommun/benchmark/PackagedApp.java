package coop.toitcommun.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The packaged application, run as docs/operations.md tells a volunteer to: the jar extracted, a class-data sharing
 * archive made by a training run, then {@code java -Xmx256m … -XX:SharedArchiveFile=… -jar}, on the embedded
 * PostgreSQL. It is started four times: once with the demo profile to fill a fresh database, once without the
 * archive and once with it to time a cold start on that initialised database, and the training run between them.
 */
final class PackagedApp {

    private static final Pattern STARTED = Pattern.compile("Started ToitCommunApplication in ([0-9.]+) seconds");

    private final Path app = Bench.DIR.resolve("app");
    private final Path archive = Bench.DIR.resolve("app.jsa");
    private Process process;
    private Path log;

    /** A start of the application: wall-clock time until /actuator/health answers UP, and Spring's own figure. */
    record Start(double untilHealthy, double springSeconds) {
    }

    void extract() throws IOException, InterruptedException {
        Path jar = Bench.JAR.toAbsolutePath();
        run(List.of(java(), "-Djarmode=tools", "-jar", jar.toString(), "extract", "--destination", app.toString()),
            "extract.log");
    }

    /** The first start fills a fresh database with the demo data, then stops. */
    void initialise() throws IOException, InterruptedException {
        start("initialise", false, List.of("--spring.profiles.active=demo"), "Demo meetings");
        stop();
    }

    /** The training run: starts the application up to a refreshed context, then writes the archive on exit. */
    void train() throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(java()));
        command.addAll(Bench.JVM);
        command.addAll(List.of("-XX:ArchiveClassesAtExit=" + archive, "-Dspring.context.exit=onRefresh", "-jar",
            jar().toString()));
        command.addAll(arguments());
        run(command, "train.log");
        if (postmasterAlive()) {
            throw new IllegalStateException("the training run left its database running: see " + Bench.DIR.resolve("train.log"));
        }
    }

    private static boolean postmasterAlive() throws IOException {
        Path pid = Bench.DATA.resolve("postmaster.pid");
        return Files.exists(pid) && ProcessHandle.of(Long.parseLong(Files.readAllLines(pid).get(0).trim()))
            .map(ProcessHandle::isAlive).orElse(false);
    }

    Start start(String name, boolean withArchive, List<String> extra, String readyLine) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(java()));
        command.addAll(Bench.JVM);
        if (withArchive) {
            command.add("-XX:SharedArchiveFile=" + archive);
        }
        command.addAll(List.of("-jar", jar().toString()));
        command.addAll(arguments());
        command.addAll(extra);
        log = Bench.DIR.resolve(name + ".log");
        long launched = System.nanoTime();
        ProcessBuilder builder = new ProcessBuilder(command).directory(Bench.DIR.toFile()).redirectErrorStream(true)
            .redirectOutput(log.toFile());
        builder.environment().putAll(environment());
        process = builder.start();
        waitUntilHealthy();
        double healthy = (System.nanoTime() - launched) / 1e9;
        if (readyLine != null) {
            waitForLine(readyLine);
        }
        return new Start(healthy, springSeconds());
    }

    void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
        process = null;
    }

    long pid() {
        return process.pid();
    }

    /** The resident memory of the application's JVM, from /proc (kB). */
    long rssKb() {
        return Proc.statusKb(process.pid(), "VmRSS");
    }

    /** The highest resident memory the JVM reached so far (kB). */
    long peakRssKb() {
        return Proc.statusKb(process.pid(), "VmHWM");
    }

    /** The proportional memory of the embedded PostgreSQL's processes: its postmaster and the backends (kB). */
    long databasePssKb() throws IOException {
        long postmaster = Long.parseLong(Files.readAllLines(Bench.DATA.resolve("postmaster.pid")).get(0).trim());
        return Proc.pssKb(postmaster) + Proc.descendants(postmaster).stream().mapToLong(Proc::pssKb).sum();
    }

    /**
     * The CPU time the server has used so far (ms): the JVM's and the embedded PostgreSQL's, its postmaster, every
     * process below it (the connections' backends, the background workers) and those of them that ended (which the
     * postmaster waited for).
     */
    long serverCpuMillis() throws IOException {
        long postmaster = Long.parseLong(Files.readAllLines(Bench.DATA.resolve("postmaster.pid")).get(0).trim());
        return Proc.cpuMillis(process.pid()) + Proc.cpuMillis(postmaster) + Proc.endedChildrenCpuMillis(postmaster)
            + Proc.descendants(postmaster).stream().mapToLong(Proc::cpuMillis).sum();
    }

    private List<String> arguments() {
        return List.of("--server.port=" + Bench.HTTP_PORT, "--toitcommun.embedded.port=" + Bench.DB_PORT);
    }

    /**
     * As operations.md's /etc/toitcommun.env for the embedded database: the data folder chosen, the rest (durable
     * settings, the owner and application roles, their passwords) left to the application.
     */
    private static Map<String, String> environment() {
        Map<String, String> environment = new HashMap<>(Bench.ENVIRONMENT);
        environment.put("TOITCOMMUN_EMBEDDED_DIRECTORY", Bench.DATA.toAbsolutePath().toString());
        return environment;
    }

    private Path jar() throws IOException {
        try (Stream<Path> files = Files.list(app)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".jar")).findFirst()
                .orElseThrow(() -> new IllegalStateException("no jar extracted in " + app)).toAbsolutePath();
        }
    }

    private void waitUntilHealthy() throws InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest health = HttpRequest.newBuilder(URI.create(Bench.base() + "/actuator/health")).build();
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the application stopped while starting: see " + log);
            }
            try {
                HttpResponse<String> response = client.send(health, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("UP")) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("the application did not answer within 5 minutes: see " + log);
    }

    private void waitForLine(String line) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (!Files.readString(log).contains(line)) {
            if (System.nanoTime() > deadline || !process.isAlive()) {
                throw new IllegalStateException("no '" + line + "' in " + log);
            }
            Thread.sleep(200);
        }
    }

    private double springSeconds() throws IOException {
        Matcher started = STARTED.matcher(Files.readString(log));
        return started.find() ? Double.parseDouble(started.group(1)) : Double.NaN;
    }

    private static void run(List<String> command, String logName) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(Bench.DIR.toFile()).redirectErrorStream(true)
            .redirectOutput(Bench.DIR.resolve(logName).toFile());
        builder.environment().putAll(environment());
        Process process = builder.start();
        if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: see " + Bench.DIR.resolve(logName));
        }
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static void deleteRecursively(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
