package coop.toitcommun.web.database;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.OptionalLong;
import java.util.stream.Collectors;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.util.LinuxUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The application's own PostgreSQL 17, for a house that runs everything on one small server. It keeps
 * PostgreSQL's durable settings (the embedded library's defaults trade acknowledged writes for speed), listens
 * on the loopback interface only, and asks every role for its password. A watchdog checks the postmaster
 * process and starts the server again, on the same folder and port, if it dies: the connection pool then
 * reconnects by itself.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDatabase.class);

    /** Every acknowledged write is on disk, and a crash in the middle of a page write cannot tear it. */
    static final Map<String, String> SETTINGS = Map.of(
        "fsync", "on",
        "synchronous_commit", "on",
        "full_page_writes", "on",
        "listen_addresses", "localhost");

    private static final Duration STARTUP_WAIT = Duration.ofMinutes(2);
    private static final Duration RETRY_PAUSE = Duration.ofMillis(200);

    private final Path directory;
    private final Duration watchInterval;
    private final EmbeddedCredentials credentials;
    private final EmbeddedPostgres server;
    private final Path binaries;
    private final Thread watchdog;
    private final List<Runnable> afterRestart = new CopyOnWriteArrayList<>();
    private volatile long postmasterPid;
    private volatile boolean closed;

    private EmbeddedDatabase(Path directory, int port, Duration watchInterval) {
        this.directory = directory;
        this.watchInterval = watchInterval;
        boolean firstStart = !Files.exists(EmbeddedCredentials.file(directory));
        this.credentials = firstStart ? EmbeddedCredentials.drawn() : EmbeddedCredentials.read(directory);
        this.server = startServer(port);
        this.postmasterPid = postmasterPid().orElseThrow(() -> new IllegalStateException("No postmaster.pid in " + directory));
        this.binaries = ProcessHandle.of(postmasterPid).flatMap(p -> p.info().command()).map(Path::of)
            .map(Path::getParent).orElseThrow(() -> new IllegalStateException("Cannot find the PostgreSQL binaries"));
        if (firstStart) {
            credentials.write(directory);
        }
        EmbeddedSetUp.prepare(jdbcUrl(), directory, credentials);
        this.watchdog = new Thread(this::watch, "embedded-postgres-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
    }

    /**
     * Starts the server whose data lives in {@code directory} (created the first time), on {@code port} or, with
     * 0, on a free port kept for the application's life.
     */
    public static EmbeddedDatabase start(Path directory, int port, Duration watchInterval) {
        Path absolute = directory.toAbsolutePath().normalize();
        DataFolder.requireWritable(absolute, "toitcommun.embedded.directory");
        return new EmbeddedDatabase(absolute, port, watchInterval);
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port() + "/" + EmbeddedSetUp.DATABASE;
    }

    public Path directory() {
        return directory;
    }

    public int port() {
        return server.getPort();
    }

    /** Runs {@code action} each time the watchdog has started the server again. */
    void afterRestart(Runnable action) {
        afterRestart.add(action);
    }

    /** The postmaster's process id; it changes when the watchdog starts the server again. */
    public long pid() {
        return postmasterPid;
    }

    public String ownerUser() {
        return EmbeddedSetUp.OWNER;
    }

    public String ownerPassword() {
        return credentials.owner();
    }

    /** A server that already runs on a data folder (the application's), as a command run beside it sees it. */
    public record Running(long pid, int port, String ownerPassword) {

        public String jdbcUrl() {
            return "jdbc:postgresql://localhost:" + port + "/" + EmbeddedSetUp.DATABASE;
        }

        public String ownerUser() {
            return EmbeddedSetUp.OWNER;
        }
    }

    /** The server running on {@code directory} now, if any: its {@code postmaster.pid} names a live process. */
    public static Optional<Running> running(Path directory) {
        try {
            List<String> lines = Files.readAllLines(directory.resolve("postmaster.pid"));
            long pid = Long.parseLong(lines.get(0).trim());
            if (lines.size() < 4 || !ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
                return Optional.empty();
            }
            return Optional.of(new Running(pid, Integer.parseInt(lines.get(3).trim()), EmbeddedCredentials.read(directory).owner()));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    String applicationUser() {
        return EmbeddedSetUp.APPLICATION;
    }

    String applicationPassword() {
        return credentials.application();
    }

    private EmbeddedPostgres startServer(int port) {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
            .setDataDirectory(directory)
            .setCleanDataDirectory(false)
            .setPGStartupWait(STARTUP_WAIT)
            .setConnectConfig("password", credentials.superuser());
        SETTINGS.forEach(builder::setServerConfig);
        if (port > 0) {
            builder.setPort(port);
        }
        try {
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + directory, e);
        }
    }

    private OptionalLong postmasterPid() {
        try {
            List<String> lines = Files.readAllLines(directory.resolve("postmaster.pid"));
            return lines.isEmpty() ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(lines.get(0).trim()));
        } catch (IOException | NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    private boolean postmasterAlive() {
        return ProcessHandle.of(postmasterPid).map(ProcessHandle::isAlive).orElse(false);
    }

    private void watch() {
        while (!closed) {
            try {
                Thread.sleep(watchInterval.toMillis());
            } catch (InterruptedException e) {
                return;
            }
            if (!closed && !postmasterAlive()) {
                LOG.warn("The embedded PostgreSQL (process {}) has stopped unexpectedly: starting it again on port {}, data in {}",
                    postmasterPid, port(), directory);
                restart();
            }
        }
    }

    /**
     * Starts the postmaster again with the same settings, as soon as the processes of the dead one have let go
     * of its shared memory (until then {@code pg_ctl} fails at once, and we try again).
     */
    private void restart() {
        while (!closed) {
            try {
                if (pgCtlStart() == 0) {
                    postmasterPid = postmasterPid().orElse(-1);
                    LOG.info("The embedded PostgreSQL is back (process {}) on port {}", postmasterPid, port());
                    afterRestart.forEach(Runnable::run);
                    return;
                }
                Thread.sleep(RETRY_PAUSE.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (IOException e) {
                throw new UncheckedIOException("Could not run pg_ctl from " + binaries, e);
            }
        }
    }

    private int pgCtlStart() throws IOException, InterruptedException {
        Map<String, String> settings = new LinkedHashMap<>(SETTINGS);
        settings.put("port", String.valueOf(port()));
        List<String> command = new ArrayList<>();
        if (LinuxUtils.isUnshareAvailable()) {
            command.addAll(List.of("unshare", "-U"));
        }
        command.addAll(List.of(binaries.resolve("pg_ctl").toString(), "-D", directory.toString(), "-w",
            "-t", String.valueOf(STARTUP_WAIT.toSeconds()), "-o", settings.entrySet().stream()
                .map(s -> "-c " + s.getKey() + "=" + s.getValue()).collect(Collectors.joining(" ")), "start"));
        Process pgCtl = new ProcessBuilder(command).redirectErrorStream(true).start();
        logOutput(pgCtl);
        return pgCtl.waitFor();
    }

    /** The postmaster keeps pg_ctl's output open: read it to the end so that it never blocks on a full pipe. */
    private static void logOutput(Process process) {
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                lines.lines().forEach(line -> LOG.info("postgres: {}", line));
            } catch (IOException | UncheckedIOException e) {
                LOG.debug("End of the embedded PostgreSQL's output", e);
            }
        }, "embedded-postgres-output");
        reader.setDaemon(true);
        reader.start();
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        watchdog.interrupt();
        try {
            watchdog.join(STARTUP_WAIT.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            server.close();
        } catch (IOException e) {
            LOG.warn("The embedded PostgreSQL did not stop cleanly", e);
        }
    }
}
