package coop.toitcommun.web.backup;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;

import coop.toitcommun.web.database.EmbeddedDatabase;
import org.springframework.core.env.Environment;

/**
 * Where the backup and restore commands find the database, from the same settings as the application: the
 * configured server as its owner ({@code spring.flyway.user}, else {@code spring.datasource.username}), or the
 * embedded server of {@code toitcommun.embedded.directory} — the running one when the application is up,
 * otherwise started for the command (created, for a restore on a new machine) and stopped after it.
 */
record CommandDatabase(String url, String user, String password, EmbeddedDatabase startedHere) implements AutoCloseable {

    /** {@code restoring}: the application must be stopped, and an embedded database may be created for the restore. */
    static CommandDatabase of(Environment environment, boolean restoring) {
        String url = environment.getProperty("spring.flyway.url", environment.getProperty("spring.datasource.url", ""));
        if (!url.isBlank()) {
            String user = environment.getProperty("spring.flyway.user", environment.getProperty("spring.datasource.username"));
            String password = environment.getProperty("spring.flyway.user") != null
                ? environment.getProperty("spring.flyway.password") : environment.getProperty("spring.datasource.password");
            return new CommandDatabase(url, user, password, null);
        }
        String directory = environment.getProperty("toitcommun.embedded.directory", "");
        if (directory.isBlank()) {
            throw new BackupException("No database is configured: set SPRING_DATASOURCE_URL (with SPRING_FLYWAY_USER and "
                + "SPRING_FLYWAY_PASSWORD), or TOITCOMMUN_EMBEDDED_DIRECTORY, as for the application.");
        }
        Path data = Path.of(directory).toAbsolutePath().normalize();
        if (!restoring && !Files.exists(data.resolve("PG_VERSION"))) {
            throw new BackupException("There is no embedded database in " + data + " (TOITCOMMUN_EMBEDDED_DIRECTORY).");
        }
        EmbeddedDatabase.Running running = EmbeddedDatabase.running(data).orElse(null);
        if (running != null) {
            if (restoring) {
                throw new BackupException("The embedded database in " + data + " is in use (process " + running.pid()
                    + "): stop the application before restoring a backup.");
            }
            return new CommandDatabase(running.jdbcUrl(), running.ownerUser(), running.ownerPassword(), null);
        }
        EmbeddedDatabase started = EmbeddedDatabase.start(data, 0, Duration.ofSeconds(1));
        return new CommandDatabase(started.jdbcUrl(), started.ownerUser(), started.ownerPassword(), started);
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    @Override
    public void close() {
        if (startedHere != null) {
            startedHere.close();
        }
    }
}
