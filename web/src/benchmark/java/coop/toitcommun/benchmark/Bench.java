package coop.toitcommun.benchmark;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The benchmark's settings, from system properties that the {@code benchmark} Maven profile passes (see
 * docs/performance.md). Ports are fixed so that the raw JDBC loop reaches the application's own embedded PostgreSQL.
 */
final class Bench {

    static final Path JAR = Path.of(System.getProperty("benchmark.jar", "web/target/web.jar"));
    static final Path DIR = Path.of(System.getProperty("benchmark.dir", "web/target/benchmark"));
    /** The embedded PostgreSQL's data folder, as an installation's TOITCOMMUN_EMBEDDED_DIRECTORY. */
    static final Path DATA = DIR.resolve("postgres");
    static final int HTTP_PORT = Integer.getInteger("benchmark.port", 18090);
    static final int DB_PORT = Integer.getInteger("benchmark.db-port", 18091);
    static final Duration MEASURE = Duration.ofSeconds(Integer.getInteger("benchmark.seconds", 15));
    static final Duration WARM_UP = Duration.ofSeconds(Integer.getInteger("benchmark.warm-up-seconds", 30));
    static final List<Integer> CONNECTIONS = List.of(8, 32);

    /**
     * How the application runs: the heap the issue names, and the settings docs/operations.md gives to anyone who
     * starts the jar on a small machine (keep the two in step).
     */
    static final List<String> JVM = List.of("-Xmx256m", "-Xms64m", "-XX:+UseSerialGC", "-XX:MinHeapFreeRatio=10",
        "-XX:MaxHeapFreeRatio=30", "-Xmn48m", "-XX:SurvivorRatio=4", "-XX:MaxMetaspaceSize=160m", "-XX:ReservedCodeCacheSize=64m", "-Xss512k",
        "-XX:TrimNativeHeapInterval=1000", "-XX:-TieredCompilation", "-XX:CICompilerCount=1");

    /** glibc's malloc keeps fewer arenas, so the JVM's native memory stays compact (docs/operations.md). */
    static final Map<String, String> ENVIRONMENT = Map.of("MALLOC_ARENA_MAX", "2");

    static final String MEMBER = "membre@demo.toitcommun.coop";
    static final String PASSWORD = "demo-toit-commun";

    static String base() {
        return "http://localhost:" + HTTP_PORT;
    }

    /**
     * The embedded server's roles, with the passwords the application drew at its first start and keeps in its data
     * folder: the superuser loads {@code pg_stat_statements} and reads it, the owner writes the data sets, and the
     * raw insert loop runs as the application's role, as the application does.
     */
    enum Role {
        SUPERUSER("postgres", "superuser"),
        OWNER("toitcommun_owner", "owner"),
        APPLICATION("toitcommun_app", "application");

        private final String user;
        private final String passwordKey;

        Role(String user, String passwordKey) {
            this.user = user;
            this.passwordKey = passwordKey;
        }

        Connection connect() throws SQLException {
            Properties credentials = new Properties();
            try (Reader in = Files.newBufferedReader(DATA.resolve("toitcommun-credentials.properties"))) {
                credentials.load(in);
            } catch (IOException e) {
                throw new SQLException("no credentials in the embedded database's folder " + DATA, e);
            }
            Connection connection = DriverManager.getConnection("jdbc:postgresql://localhost:" + DB_PORT + "/postgres", user,
                credentials.getProperty(passwordKey));
            // the benchmark's rows are the first house's, as the demo's (row-level security, docs/modules/membership.md)
            try (Statement house = connection.createStatement()) {
                house.execute("SELECT set_config('toitcommun.house', '1', false)");
            }
            return connection;
        }
    }

    static Path measurements() {
        return DIR.resolve("measurements.properties");
    }

    private Bench() {
    }
}
