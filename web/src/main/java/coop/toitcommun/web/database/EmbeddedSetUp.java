package coop.toitcommun.web.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import coop.toitcommun.membership.RowSecurity;

/**
 * Prepares the embedded server, idempotently, as its superuser: the owner role that migrates, the application's
 * role (not a superuser, DML only, owns nothing), passwords for every role, and password authentication for
 * every connection, and the operators that row-level security may use in indexes ({@link RowSecurity}). A data
 * folder from before the roles existed is adopted: what the superuser created in the
 * application's schemas is handed to the owner.
 */
final class EmbeddedSetUp {

    static final String DATABASE = "postgres";
    static final String OWNER = "toitcommun_owner";
    static final String APPLICATION = "toitcommun_app";

    /** Every connection needs a password; the server listens on the loopback interface only. */
    private static final String HBA = """
        # Written by Toit Commun: every connection gives a password (see toitcommun-credentials.properties).
        local   all   all                 scram-sha-256
        host    all   all   127.0.0.1/32  scram-sha-256
        host    all   all   ::1/128       scram-sha-256
        """;

    /** Gives the owner the application's objects that an earlier version created as the superuser. */
    private static final String ADOPT = """
        DO $$
        DECLARE
            object record;
        BEGIN
            FOR object IN
                SELECT n.nspname FROM pg_namespace n
                 WHERE n.nspowner <> '%1$s'::regrole AND n.nspname NOT IN ('public', 'information_schema')
                   AND n.nspname NOT LIKE 'pg\\_%%'
            LOOP
                EXECUTE format('ALTER SCHEMA %%I OWNER TO %1$s', object.nspname);
            END LOOP;
            FOR object IN
                SELECT c.oid::regclass AS name, c.relkind FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                 WHERE c.relowner <> '%1$s'::regrole AND c.relkind IN ('r', 'p', 'v', 'm', 'S')
                   AND n.nspname NOT IN ('information_schema', 'pg_catalog', 'pg_toast')
                   AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid
                                      AND d.deptype IN ('e', 'a', 'i'))
            LOOP
                EXECUTE format('ALTER %%s %%s OWNER TO %1$s',
                    CASE object.relkind WHEN 'S' THEN 'SEQUENCE' WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW'
                                        ELSE 'TABLE' END, object.name);
            END LOOP;
            FOR object IN
                SELECT p.oid::regprocedure AS name FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
                 WHERE p.proowner <> '%1$s'::regrole AND n.nspname NOT IN ('information_schema', 'pg_catalog')
                   AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid
                                      AND d.deptype = 'e')
            LOOP
                EXECUTE format('ALTER ROUTINE %%s OWNER TO %1$s', object.name);
            END LOOP;
        END
        $$""";

    private EmbeddedSetUp() {
    }

    static void prepare(String jdbcUrl, Path dataDirectory, EmbeddedCredentials credentials) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, "postgres", credentials.superuser());
             Statement sql = connection.createStatement()) {
            sql.execute(createIfMissing(OWNER));
            sql.execute(createIfMissing(APPLICATION));
            sql.execute("ALTER ROLE postgres PASSWORD " + literal(credentials.superuser()));
            sql.execute("ALTER ROLE " + OWNER + " LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD "
                + literal(credentials.owner()));
            sql.execute("ALTER ROLE " + APPLICATION + " LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD "
                + literal(credentials.application()));
            sql.execute("ALTER DATABASE " + DATABASE + " OWNER TO " + OWNER);
            sql.execute("REVOKE ALL ON DATABASE " + DATABASE + " FROM PUBLIC");
            sql.execute("GRANT CONNECT ON DATABASE " + DATABASE + " TO " + APPLICATION);
            sql.execute("ALTER DEFAULT PRIVILEGES FOR ROLE " + OWNER + " GRANT USAGE ON SCHEMAS TO " + APPLICATION);
            sql.execute("ALTER DEFAULT PRIVILEGES FOR ROLE " + OWNER + " GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO " + APPLICATION);
            sql.execute("ALTER DEFAULT PRIVILEGES FOR ROLE " + OWNER + " GRANT USAGE, SELECT ON SEQUENCES TO " + APPLICATION);
            sql.execute(ADOPT.formatted(OWNER));
            for (String leakproof : RowSecurity.superuserStatements()) {
                sql.execute(leakproof);
            }
            if (requirePasswords(dataDirectory)) {
                sql.execute("SELECT pg_reload_conf()");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not prepare the roles of the embedded PostgreSQL in " + dataDirectory, e);
        }
    }

    /** Writes the password rule into {@code pg_hba.conf}; true when it changed and the server must reload it. */
    private static boolean requirePasswords(Path dataDirectory) {
        Path hba = dataDirectory.resolve("pg_hba.conf");
        try {
            if (Files.exists(hba) && Files.readString(hba).equals(HBA)) {
                return false;
            }
            Files.writeString(hba, HBA);
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + hba, e);
        }
    }

    private static String createIfMissing(String role) {
        return "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '" + role + "') THEN CREATE ROLE " + role
            + "; END IF; END $$";
    }

    private static String literal(String password) {
        if (!password.matches("[0-9a-f]+")) {
            throw new IllegalArgumentException("Unexpected characters in a generated password");
        }
        return "'" + password + "'";
    }
}
