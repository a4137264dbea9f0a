package coop.toitcommun.web.backup;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Writes one archive (zip) holding the whole database and the agenda documents, consistent with each other:
 * every table is read in one snapshot (a REPEATABLE READ transaction), and the documents' table is locked
 * against changes meanwhile, so that every document the snapshot knows is on disk while the folder is copied.
 * The application keeps running; only adding or removing agenda documents waits for the backup to finish.
 */
final class Backup {

    /** The table whose rows name the files of the documents folder. */
    private static final String DOCUMENTS_TABLE = "governance.agenda_document";

    private Backup() {
    }

    static BackupManifest write(Connection connection, String historyTable, Path documents, Path archive)
        throws SQLException, IOException {
        boolean hasDocuments = exists(connection, DOCUMENTS_TABLE);
        connection.setAutoCommit(false);
        connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        Path partial = archive.resolveSibling(archive.getFileName() + ".partial");
        try (Statement sql = connection.createStatement()) {
            // before any query, so that the snapshot sees every document row that can no longer be removed
            if (hasDocuments) {
                sql.execute("LOCK TABLE " + Catalog.quoted(DOCUMENTS_TABLE) + " IN SHARE MODE");
            }
            Catalog catalog = new Catalog(connection, historyTable);
            String version = catalog.schemaVersion()
                .orElseThrow(() -> new BackupException("This database has no Toit Commun tables yet: nothing to back up."));
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            Map<String, BackupManifest.Table> tables = new LinkedHashMap<>();
            int documentCount;
            try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(partial))) {
                for (String table : catalog.tables()) {
                    List<String> columns = catalog.columns(table);
                    BackupManifest.Table entry = new BackupManifest.Table(table, columns, 0);
                    zip.putNextEntry(new ZipEntry(entry.entry()));
                    long rows = copy.copyOut("COPY " + Catalog.quoted(table) + " (" + columnList(columns) + ") TO STDOUT",
                        unclosable(zip));
                    zip.closeEntry();
                    tables.put(table, new BackupManifest.Table(table, columns, rows));
                }
                documentCount = copyDocuments(documents, zip);
                BackupManifest manifest = new BackupManifest(Instant.now().toString(), version, tables, catalog.sequences(), documentCount);
                zip.putNextEntry(new ZipEntry(BackupManifest.ENTRY));
                manifest.write(unclosable(zip));
                zip.closeEntry();
                zip.finish();
                connection.commit();
                Files.move(partial, archive, StandardCopyOption.ATOMIC_MOVE);
                return manifest;
            }
        } finally {
            connection.rollback();
            Files.deleteIfExists(partial);
        }
    }

    private static int copyDocuments(Path documents, ZipOutputStream zip) throws IOException {
        if (!Files.isDirectory(documents)) {
            return 0;
        }
        int count = 0;
        try (Stream<Path> files = Files.list(documents)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile).sorted()::iterator) {
                zip.putNextEntry(new ZipEntry("documents/" + file.getFileName()));
                Files.copy(file, zip);
                zip.closeEntry();
                count++;
            }
        }
        return count;
    }

    static boolean exists(Connection connection, String table) throws SQLException {
        try (var statement = connection.prepareStatement("SELECT to_regclass(?) IS NOT NULL")) {
            statement.setString(1, table);
            try (var result = statement.executeQuery()) {
                result.next();
                return result.getBoolean(1);
            }
        }
    }

    static String columnList(List<String> columns) {
        return String.join(", ", columns.stream().map(Catalog::identifier).toList());
    }

    /** The zip stream stays open across entries: what writes one entry must not close it. */
    private static OutputStream unclosable(OutputStream out) {
        return new java.io.FilterOutputStream(out) {
            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                out.write(bytes, offset, length);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }
}
