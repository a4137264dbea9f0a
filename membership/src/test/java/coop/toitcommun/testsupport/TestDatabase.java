package coop.toitcommun.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import coop.toitcommun.membership.RowSecurity;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The one PostgreSQL server of a test JVM, chosen once:
 * <ol>
 *   <li>{@code TEST_JDBC_URL} (with {@code TEST_JDBC_USER}, {@code TEST_JDBC_PASSWORD}): an existing server;</li>
 *   <li>otherwise Testcontainers, when a Docker engine answers;</li>
 *   <li>otherwise an embedded PostgreSQL 17 (with the embedded library's fast settings: tests only).</li>
 * </ol>
 * On that server each run gets a fresh database and two fresh roles, as in production: an owner that Flyway
 * migrates with, and the application's role, which is not a superuser, owns nothing and receives only the
 * DML rights that the owner's default privileges give it. The database and roles are dropped when the JVM ends.
 */
public final class TestDatabase {

    private static final Logger LOG = LoggerFactory.getLogger(TestDatabase.class);

    /** The test database: the application connects as {@code username}, Flyway as {@code ownerUsername}. */
    public record Connection(String url, String username, String password, String ownerUsername, String ownerPassword,
                             String source) {

        /** Spring's properties that point an application at this database: its own role, and the owner for Flyway. */
        public String[] springProperties() {
            return new String[] {
                "spring.datasource.url=" + url,
                "spring.datasource.username=" + username,
                "spring.datasource.password=" + password,
                "spring.flyway.user=" + ownerUsername,
                "spring.flyway.password=" + ownerPassword,
                "spring.jpa.hibernate.ddl-auto=validate",
                "spring.jpa.open-in-view=false"};
        }
    }

    /**
     * A server-wide account (a superuser) that creates the test databases and roles; {@code shared} when the
     * server outlives the tests, which must then drop what they created.
     */
    private record Server(String url, String user, String password, String source, boolean shared) {
    }

    private static Server server;
    private static Connection connection;

    private TestDatabase() {
    }

    public static synchronized Connection get() {
        if (connection == null) {
            connection = freshDatabase();
            LOG.info("Tests use PostgreSQL from {}: {} as {} (migrations as {})", connection.source(), connection.url(),
                connection.username(), connection.ownerUsername());
        }
        return connection;
    }

    /** Runs statements on the test database as its owner, for what the application's role may not do (ANALYZE). */
    public static void asOwner(String... statements) {
        Connection database = get();
        try (java.sql.Connection c = DriverManager.getConnection(database.url(), database.ownerUsername(),
                database.ownerPassword());
             Statement statement = c.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not run " + String.join("; ", statements) + " as the owner", e);
        }
    }

    /**
     * Another fresh database with its own owner and application roles on the same server, for tests that need
     * a second one (a restore, for instance).
     */
    public static synchronized Connection freshDatabase() {
        if (server == null) {
            server = start();
        }
        String name = "toitcommun_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String owner = name + "_owner";
        String application = name + "_app";
        String password = UUID.randomUUID().toString();
        execute(server.url(), List.of(
            "CREATE ROLE " + owner + " LOGIN PASSWORD '" + password + "'",
            "CREATE ROLE " + application + " LOGIN PASSWORD '" + password + "'",
            "CREATE DATABASE " + name + " OWNER " + owner));
        String url = withDatabase(server.url(), name);
        execute(url, List.of(
            "REVOKE ALL ON DATABASE " + name + " FROM PUBLIC",
            "GRANT CONNECT ON DATABASE " + name + " TO " + application,
            "ALTER DEFAULT PRIVILEGES FOR ROLE " + owner + " GRANT USAGE ON SCHEMAS TO " + application,
            "ALTER DEFAULT PRIVILEGES FOR ROLE " + owner + " GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO " + application,
            "ALTER DEFAULT PRIVILEGES FOR ROLE " + owner + " GRANT USAGE, SELECT ON SEQUENCES TO " + application));
        execute(url, RowSecurity.superuserStatements());
        if (server.shared()) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    execute(server.url(), List.of("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)",
                        "DROP ROLE IF EXISTS " + application, "DROP ROLE IF EXISTS " + owner));
                } catch (IllegalStateException e) {
                    LOG.warn("Could not drop the test database {}", name, e);
                }
            }));
        }
        return new Connection(url, application, password, owner, password, server.source());
    }

    private static Server start() {
        String url = System.getenv("TEST_JDBC_URL");
        if (url != null && !url.isBlank()) {
            return new Server(url, env("TEST_JDBC_USER", "postgres"), env("TEST_JDBC_PASSWORD", ""), "TEST_JDBC_URL", true);
        }
        if (dockerAvailable()) {
            return container();
        }
        return embedded();
    }

    /**
     * Replaces the database in a {@code jdbc:postgresql://host:port/db?params} URL, and drops a user or password
     * given there, which would otherwise win over the role each connection asks for.
     */
    static String withDatabase(String jdbcUrl, String database) {
        URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
        String parameters = uri.getRawQuery() == null ? "" : Arrays.stream(uri.getRawQuery().split("&"))
            .filter(p -> !p.startsWith("user=") && !p.startsWith("password=")).collect(Collectors.joining("&"));
        String query = parameters.isEmpty() ? "" : "?" + parameters;
        String authority = uri.getRawAuthority() == null ? "" : uri.getRawAuthority();
        return "jdbc:" + uri.getScheme() + "://" + authority + "/" + database + query;
    }

    private static void execute(String url, List<String> statements) {
        try (java.sql.Connection c = DriverManager.getConnection(url, server.user(), server.password());
             Statement statement = c.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not prepare the test database on " + url, e);
        }
    }

    /** Asks Testcontainers only where a Docker engine may be, since it logs an error when there is none. */
    private static boolean dockerAvailable() {
        boolean mayHaveDocker = System.getenv("DOCKER_HOST") != null || Files.exists(Path.of("/var/run/docker.sock"))
            || Files.exists(Path.of(System.getProperty("user.home"), ".docker", "run", "docker.sock"));
        if (!mayHaveDocker) {
            return false;
        }
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    @SuppressWarnings("resource") // stopped by Testcontainers' reaper when the JVM ends
    private static Server container() {
        PostgreSQLContainer container = new PostgreSQLContainer("postgres:17-alpine");
        container.start();
        return new Server(container.getJdbcUrl(), container.getUsername(), container.getPassword(), "Testcontainers", false);
    }

    private static Server embedded() {
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException e) {
                    LOG.warn("Embedded PostgreSQL did not stop cleanly", e);
                }
            }));
            return new Server(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "postgres", "embedded PostgreSQL", false);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start an embedded PostgreSQL", e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
