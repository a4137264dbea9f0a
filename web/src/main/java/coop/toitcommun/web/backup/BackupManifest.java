package coop.toitcommun.web.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The first entry of a backup archive: when it was made, by which schema version, and for each table its
 * columns and row count, for each sequence its value. Restore checks the rows it loaded against it.
 */
final class BackupManifest {

    static final String ENTRY = "manifest.properties";
    static final int FORMAT = 1;

    record Table(String name, List<String> columns, long rows) {
        String entry() {
            return "database/" + name + ".copy";
        }
    }

    final String createdAt;
    final String schemaVersion;
    final Map<String, Table> tables;
    final Map<String, Long> sequences;
    final int documents;

    BackupManifest(String createdAt, String schemaVersion, Map<String, Table> tables, Map<String, Long> sequences, int documents) {
        this.createdAt = createdAt;
        this.schemaVersion = schemaVersion;
        this.tables = tables;
        this.sequences = sequences;
        this.documents = documents;
    }

    long rows() {
        return tables.values().stream().mapToLong(Table::rows).sum();
    }

    void write(OutputStream out) throws IOException {
        Properties properties = new Properties();
        properties.setProperty("format", String.valueOf(FORMAT));
        properties.setProperty("created-at", createdAt);
        properties.setProperty("schema-version", schemaVersion);
        properties.setProperty("tables", String.join(",", tables.keySet()));
        tables.values().forEach(t -> {
            properties.setProperty("columns." + t.name(), String.join(",", t.columns()));
            properties.setProperty("rows." + t.name(), String.valueOf(t.rows()));
        });
        properties.setProperty("sequences", String.join(",", sequences.keySet()));
        sequences.forEach((name, value) -> properties.setProperty("sequence." + name, String.valueOf(value)));
        properties.setProperty("documents", String.valueOf(documents));
        properties.store(out, "Toit Commun backup");
    }

    static BackupManifest read(InputStream in) throws IOException {
        Properties properties = new Properties();
        properties.load(in);
        if (!String.valueOf(FORMAT).equals(properties.getProperty("format"))) {
            throw new BackupException("This file is not a Toit Commun backup of a format this version reads (format "
                + properties.getProperty("format") + ").");
        }
        Map<String, Table> tables = new LinkedHashMap<>();
        for (String name : list(properties.getProperty("tables"))) {
            tables.put(name, new Table(name, list(properties.getProperty("columns." + name)),
                Long.parseLong(properties.getProperty("rows." + name))));
        }
        Map<String, Long> sequences = new LinkedHashMap<>();
        for (String name : list(properties.getProperty("sequences"))) {
            sequences.put(name, Long.parseLong(properties.getProperty("sequence." + name)));
        }
        return new BackupManifest(properties.getProperty("created-at"), properties.getProperty("schema-version"), tables,
            sequences, Integer.parseInt(properties.getProperty("documents", "0")));
    }

    private static List<String> list(String value) {
        return value == null || value.isBlank() ? List.of() : new ArrayList<>(Arrays.asList(value.split(",")));
    }
}
