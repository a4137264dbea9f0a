package coop.toitcommun.web.backup;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Writes one archive (zip) holding the whole database, agenda documents included ({@code web.stored_document}):
 * every table is read in one snapshot (a REPEATABLE READ transaction), so the archive is consistent while the
 * application keeps running and writing; a table whose rows are kept in their house is read house by house.
 */
final class Backup {

    /** The table that holds the agenda documents' contents; the manifest counts its rows as documents. */
    private static final String DOCUMENTS_TABLE = "web.stored_document";

    private Backup() {
    }

    static BackupManifest write(Connection connection, String historyTable, Path archive) throws SQLException, IOException {
        connection.setAutoCommit(false);
        connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        Path partial = archive.resolveSibling(archive.getFileName() + ".partial");
        try {
            Catalog catalog = new Catalog(connection, historyTable);
            String version = catalog.schemaVersion()
                .orElseThrow(() -> new BackupException("This database has no Toit Commun tables yet: nothing to back up."));
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            Map<String, BackupManifest.Table> tables = new LinkedHashMap<>();
            Set<String> keptByHouse = catalog.keptByHouse();
            List<String> houses = catalog.houses();
            try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(partial))) {
                for (String table : catalog.tables()) {
                    List<String> columns = catalog.columns(table);
                    BackupManifest.Table entry = new BackupManifest.Table(table, columns, 0);
                    zip.putNextEntry(new ZipEntry(entry.entry()));
                    String copyOut = "COPY " + Catalog.quoted(table) + " (" + columnList(columns) + ") TO STDOUT";
                    long rows = 0;
                    if (keptByHouse.contains(table)) {
                        // tables published to the network show every house's rows to each: each house's are named
                        String copyHouse = "COPY (SELECT " + columnList(columns) + " FROM " + Catalog.quoted(table)
                            + " WHERE house_id = %s) TO STDOUT";
                        for (String house : houses) {
                            inHouse(connection, house);
                            rows += copy.copyOut(copyHouse.formatted(Long.parseLong(house)), unclosable(zip));
                        }
                    } else {
                        rows = copy.copyOut(copyOut, unclosable(zip));
                    }
                    zip.closeEntry();
                    tables.put(table, new BackupManifest.Table(table, columns, rows));
                }
                int documentCount = tables.containsKey(DOCUMENTS_TABLE) ? (int) tables.get(DOCUMENTS_TABLE).rows() : 0;
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

    /** Row-level security shows even the owner only one house's rows at a time. */
    private static void inHouse(Connection connection, String house) throws SQLException {
        try (var setting = connection.prepareStatement("SELECT set_config('toitcommun.house', ?, true)")) {
            setting.setString(1, house);
            setting.execute();
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
