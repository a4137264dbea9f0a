package coop.toitcommun.web.backup;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.zip.ZipFile;

import org.flywaydb.core.Flyway;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * {@code java -jar toit-commun.jar backup [folder]} and {@code java -jar toit-commun.jar restore <file>}: the
 * same jar, the same settings (environment variables, {@code --name=value} arguments, application.properties),
 * but instead of serving pages it writes or restores one backup archive and exits (status 0 when done).
 */
public final class BackupCommands {

    static final String BACKUP = "backup";
    static final String RESTORE = "restore";
    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH-mm-ss");

    /** Settings only: the commands start no web server, no scheduler, nothing of the application. */
    static class Settings {
    }

    private BackupCommands() {
    }

    public static boolean handles(String... args) {
        return args.length > 0 && (BACKUP.equals(args[0]) || RESTORE.equals(args[0]));
    }

    /** Runs the command; returns the process's exit status. */
    public static int run(String... args) {
        return run(System.out, System.err, args);
    }

    static int run(PrintStream out, PrintStream err, String... args) {
        try (ConfigurableApplicationContext settings = new SpringApplicationBuilder(Settings.class)
            .web(WebApplicationType.NONE).bannerMode(Banner.Mode.OFF).logStartupInfo(false)
            .properties("logging.level.root=warn")
            .run(List.of(args).subList(1, args.length).toArray(String[]::new))) {
            Environment environment = settings.getEnvironment();
            List<String> operands = settings.getBean(ApplicationArguments.class).getNonOptionArgs();
            if (BACKUP.equals(args[0])) {
                Path folder = Path.of(operands.isEmpty() ? environment.getRequiredProperty("toitcommun.backup.directory") : operands.get(0));
                Path archive = backup(environment, folder, out);
                out.println("Backup written: " + archive.toAbsolutePath());
                return 0;
            }
            if (operands.size() != 1) {
                err.println("Usage: java -jar toit-commun.jar restore <backup file> (the application must be stopped)");
                return 2;
            }
            restore(environment, Path.of(operands.get(0)), out);
            return 0;
        } catch (BackupException e) {
            err.println(e.getMessage());
            return 1;
        } catch (SQLException | IOException | RuntimeException e) {
            err.println("The " + args[0] + " failed: " + e);
            e.printStackTrace(err);
            return 1;
        }
    }

    static Path backup(Environment environment, Path folder, PrintStream out) throws SQLException, IOException {
        Files.createDirectories(folder);
        Path archive = folder.resolve("toitcommun-" + LocalDateTime.now().format(FILE_TIME) + ".zip");
        try (CommandDatabase database = CommandDatabase.of(environment, false);
             Connection connection = database.connect()) {
            BackupManifest manifest = Backup.write(connection, historyTable(environment), archive);
            out.printf("%d tables, %d rows, %d documents, schema version %s%n", manifest.tables.size(), manifest.rows(),
                manifest.documents, manifest.schemaVersion);
            return archive;
        }
    }

    static void restore(Environment environment, Path archive, PrintStream out) throws SQLException, IOException {
        if (!Files.isRegularFile(archive)) {
            throw new BackupException("No backup file at " + archive.toAbsolutePath());
        }
        try (ZipFile zip = new ZipFile(archive.toFile());
             CommandDatabase database = CommandDatabase.of(environment, true);
             Connection connection = database.connect()) {
            BackupManifest manifest = Restore.manifest(zip);
            Flyway flyway = Flyway.configure().dataSource(database.url(), database.user(), database.password())
                .locations(environment.getRequiredProperty("spring.flyway.locations").split(","))
                .table(historyTable(environment)).target(manifest.schemaVersion).load();
            Restore.check(connection, flyway, manifest);
            if (new Catalog(connection, historyTable(environment)).schemaVersion().isPresent()) {
                Path safety = archive.toAbsolutePath().resolveSibling("toitcommun-before-restore-"
                    + LocalDateTime.now().format(FILE_TIME) + ".zip");
                Backup.write(connection, historyTable(environment), safety);
                connection.setAutoCommit(true);
                out.println("The current data was saved first in " + safety);
            }
            Restore.apply(connection, flyway, historyTable(environment), documents(environment), zip, manifest);
            out.printf("Restored the backup of %s: %d tables, %d rows, %d documents, schema version %s.%n",
                manifest.createdAt, manifest.tables.size(), manifest.rows(), manifest.documents, manifest.schemaVersion);
            out.println("Start the application: it brings the database up to its own version.");
        }
    }

    private static String historyTable(Environment environment) {
        return environment.getProperty("spring.flyway.table", "flyway_schema_history");
    }

    private static Path documents(Environment environment) {
        return Path.of(environment.getRequiredProperty("toitcommun.documents.directory")).toAbsolutePath().normalize();
    }
}
