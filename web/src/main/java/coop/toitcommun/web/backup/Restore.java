package coop.toitcommun.web.backup;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.flywaydb.core.Flyway;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Puts a backup back in place of the current data: the application's schemas are dropped and created again by
 * the migrations up to the backup's version, every table is loaded in one transaction (checked against the
 * backup's row counts, or nothing is kept) and sequences are set. The application must be stopped; at its next
 * start it migrates to its own version. A backup made before documents moved into the database holds them as
 * files: they go back into the documents folder (its former content kept aside), which the application imports
 * at its next start (LegacyDocumentFolder).
 */
final class Restore {

    private static final DateTimeFormatter ASIDE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH-mm-ss");

    private Restore() {
    }

    /** Refuses before anything changes: another connection (the application) uses the database, or this version
     * of the application does not have the backup's schema version. */
    static void check(Connection connection, Flyway flyway, BackupManifest manifest) throws SQLException {
        requireNobodyElseConnected(connection);
        requireKnownVersion(flyway, manifest.schemaVersion);
    }

    /** Replaces the data; {@code flyway} migrates to the backup's version. */
    static void apply(Connection connection, Flyway flyway, String historyTable, Path documents, ZipFile zip,
                      BackupManifest manifest) throws SQLException, IOException {
        dropApplicationSchemas(connection, historyTable);
        flyway.migrate();
        load(connection, historyTable, manifest, zip);
        replaceDocuments(documents, zip);
    }

    static BackupManifest manifest(ZipFile zip) throws IOException {
        ZipEntry entry = zip.getEntry(BackupManifest.ENTRY);
        if (entry == null) {
            throw new BackupException(zip.getName() + " is not a Toit Commun backup (it has no " + BackupManifest.ENTRY + ").");
        }
        try (InputStream in = zip.getInputStream(entry)) {
            return BackupManifest.read(in);
        }
    }

    private static void requireNobodyElseConnected(Connection connection) throws SQLException {
        try (Statement sql = connection.createStatement(); ResultSet others = sql.executeQuery("""
                SELECT count(*) FROM pg_stat_activity
                 WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_type = 'client backend'""")) {
            others.next();
            if (others.getLong(1) > 0) {
                throw new BackupException(others.getLong(1) + " other connection(s) use this database: stop the application "
                    + "before restoring a backup.");
            }
        }
    }

    private static void requireKnownVersion(Flyway flyway, String version) {
        boolean known = Arrays.stream(flyway.info().all())
            .anyMatch(m -> m.getVersion() != null && m.getVersion().getVersion().equals(version) && m.getState().isResolved());
        if (!known) {
            throw new BackupException("This backup was made by a version of the application whose schema version is " + version
                + ", which this version does not have: restore it with that version (or a newer one).");
        }
    }

    private static void dropApplicationSchemas(Connection connection, String historyTable) throws SQLException {
        connection.setAutoCommit(false);
        try (Statement sql = connection.createStatement()) {
            for (String schema : new Catalog(connection, historyTable).schemas()) {
                sql.execute("DROP SCHEMA " + Catalog.identifier(schema) + " CASCADE");
            }
            sql.execute("DROP TABLE IF EXISTS " + historyTable);
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    private static void load(Connection connection, String historyTable, BackupManifest manifest, ZipFile zip)
        throws SQLException, IOException {
        Catalog catalog = new Catalog(connection, historyTable);
        List<String> tables = catalog.tables();
        for (String table : manifest.tables.keySet()) {
            if (!tables.contains(table)) {
                throw new BackupException("The backup holds " + table + ", which the migrations to version "
                    + manifest.schemaVersion + " did not create.");
            }
        }
        Set<String> keptByHouse = catalog.keptByHouse();
        CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
        connection.setAutoCommit(false);
        try (Statement sql = connection.createStatement()) {
            for (String table : tables) {
                // append-only and signed-minutes triggers would refuse rows loaded in another order, and seed rows
                sql.execute("ALTER TABLE " + Catalog.quoted(table) + " DISABLE TRIGGER USER");
                // PostgreSQL loads no row by COPY under row-level security: the owner loads every house's at once
                if (keptByHouse.contains(table)) {
                    sql.execute("ALTER TABLE " + Catalog.quoted(table) + " NO FORCE ROW LEVEL SECURITY");
                }
            }
            // sessions go too: nobody stays signed in across a restore, and they name their house, whose rows go
            List<String> emptied = new ArrayList<>(tables);
            emptied.addAll(catalog.sessionTables());
            sql.execute("TRUNCATE " + String.join(", ", emptied.stream().map(Catalog::quoted).toList()));
            for (String table : tables) {
                BackupManifest.Table saved = manifest.tables.get(table);
                if (saved == null) {
                    continue;
                }
                try (InputStream rows = zip.getInputStream(zip.getEntry(saved.entry()))) {
                    long loaded = copy.copyIn("COPY " + Catalog.quoted(table) + " (" + Backup.columnList(saved.columns())
                        + ") FROM STDIN", rows);
                    if (loaded != saved.rows()) {
                        throw new BackupException("Loaded " + loaded + " rows into " + table + " instead of the backup's "
                            + saved.rows() + ": the backup file is damaged. Nothing was restored.");
                    }
                }
            }
            for (var sequence : manifest.sequences.entrySet()) {
                try (var setval = connection.prepareStatement("SELECT setval(cast(? AS regclass), ?)")) {
                    setval.setString(1, Catalog.quoted(sequence.getKey()));
                    setval.setLong(2, sequence.getValue());
                    setval.execute();
                }
            }
            for (String table : tables) {
                sql.execute("ALTER TABLE " + Catalog.quoted(table) + " ENABLE TRIGGER USER");
                if (keptByHouse.contains(table)) {
                    sql.execute("ALTER TABLE " + Catalog.quoted(table) + " FORCE ROW LEVEL SECURITY");
                }
            }
            connection.commit();
        } catch (SQLException | IOException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    private static void replaceDocuments(Path documents, ZipFile zip) throws IOException {
        if (zip.stream().noneMatch(entry -> entry.getName().startsWith("documents/"))) {
            return;
        }
        if (Files.isDirectory(documents)) {
            try (var existing = Files.list(documents)) {
                if (existing.findAny().isPresent()) {
                    Path aside = documents.resolveSibling(documents.getFileName() + "-before-restore-" + LocalDateTime.now().format(ASIDE));
                    Files.move(documents, aside);
                }
            }
        }
        Files.createDirectories(documents);
        Path root = documents.toAbsolutePath().normalize();
        for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
            ZipEntry entry = entries.nextElement();
            if (entry.isDirectory() || !entry.getName().startsWith("documents/")) {
                continue;
            }
            Path target = root.resolve(entry.getName().substring("documents/".length())).normalize();
            if (!target.getParent().equals(root)) {
                throw new BackupException("The backup holds a document outside the documents folder: " + entry.getName());
            }
            try (InputStream in = zip.getInputStream(entry)) {
                Files.copy(in, target);
            }
        }
    }
}
