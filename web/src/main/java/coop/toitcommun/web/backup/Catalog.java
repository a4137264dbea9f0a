package coop.toitcommun.web.backup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a backup holds, read from PostgreSQL's catalog: the application's tables (every table of the schemas
 * that the connected owner owns, and nothing of extensions nor of Flyway's history), their columns, their
 * sequences, the houses and which tables keep their rows in them, and the schema version Flyway reached. HTTP sessions are left out: signed-in states and CSRF tokens
 * have no place in an archive, and nobody stays signed in across a restore.
 */
final class Catalog {

    private static final String APPLICATION_SCHEMAS = """
        SELECT n.oid FROM pg_namespace n
         WHERE n.nspowner = (SELECT oid FROM pg_roles WHERE rolname = current_user)
           AND n.nspname NOT IN ('public', 'information_schema') AND n.nspname NOT LIKE 'pg\\_%'""";

    /** Signed-in states and CSRF tokens: never in an archive, emptied by a restore. */
    private static final List<String> SESSIONS = List.of("web.http_session", "web.http_session_attributes");

    private final Connection connection;
    private final String historyTable;

    Catalog(Connection connection, String historyTable) {
        this.connection = connection;
        this.historyTable = historyTable;
    }

    /** Tables as {@code schema.table}, in an order where every table comes after those it references. */
    List<String> tables() throws SQLException {
        Map<String, Set<String>> references = new LinkedHashMap<>();
        for (List<String> row : rows("""
                SELECT n.nspname || '.' || c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                 WHERE c.relkind = 'r' AND n.oid IN (%s)
                   AND n.nspname || '.' || c.relname NOT IN (%s)
                 ORDER BY 1""".formatted(APPLICATION_SCHEMAS, String.join(", ", SESSIONS.stream().map(t -> "'" + t + "'").toList())))) {
            references.put(row.get(0), new HashSet<>());
        }
        for (List<String> row : rows("""
                SELECT fn.nspname || '.' || f.relname, tn.nspname || '.' || t.relname
                  FROM pg_constraint k
                  JOIN pg_class f ON f.oid = k.conrelid JOIN pg_namespace fn ON fn.oid = f.relnamespace
                  JOIN pg_class t ON t.oid = k.confrelid JOIN pg_namespace tn ON tn.oid = t.relnamespace
                 WHERE k.contype = 'f'""")) {
            if (references.containsKey(row.get(0)) && !row.get(0).equals(row.get(1))) {
                references.get(row.get(0)).add(row.get(1));
            }
        }
        return dependenciesFirst(references);
    }

    List<String> columns(String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        for (List<String> row : rows("""
                SELECT a.attname FROM pg_attribute a
                 WHERE a.attrelid = cast(? AS regclass) AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
                 ORDER BY a.attnum""", quoted(table))) {
            columns.add(row.get(0));
        }
        return columns;
    }

    /** The tables of sessions this database has (none before the version that brought them). */
    List<String> sessionTables() throws SQLException {
        List<String> tables = new ArrayList<>();
        for (String table : SESSIONS) {
            if (rows("SELECT cast(to_regclass(?) AS text)", table).get(0).get(0) != null) {
                tables.add(table);
            }
        }
        return tables;
    }

    /** The tables whose rows PostgreSQL keeps in their house for everyone, the owner included. */
    Set<String> keptByHouse() throws SQLException {
        Set<String> tables = new HashSet<>();
        for (List<String> row : rows("""
                SELECT n.nspname || '.' || c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                 WHERE c.relkind = 'r' AND c.relforcerowsecurity AND n.oid IN (%s)""".formatted(APPLICATION_SCHEMAS))) {
            tables.add(row.get(0));
        }
        return tables;
    }

    /** The houses of the deployment (none before the migration that brought them). */
    List<String> houses() throws SQLException {
        if (rows("SELECT cast(to_regclass('membership.house') AS text)").get(0).get(0) == null) {
            return List.of();
        }
        return rows("SELECT id::text FROM membership.house ORDER BY id").stream().map(row -> row.get(0)).toList();
    }

    /** Every sequence of the application's schemas with its current value (absent when never used). */
    Map<String, Long> sequences() throws SQLException {
        Map<String, Long> sequences = new LinkedHashMap<>();
        for (List<String> row : rows("""
                SELECT s.schemaname || '.' || s.sequencename, s.last_value FROM pg_sequences s
                 WHERE s.schemaname IN (SELECT nspname FROM pg_namespace WHERE oid IN (%s)) AND s.last_value IS NOT NULL
                 ORDER BY 1""".formatted(APPLICATION_SCHEMAS))) {
            sequences.put(row.get(0), Long.parseLong(row.get(1)));
        }
        return sequences;
    }

    /** The schema version Flyway applied last, if the application's schemas exist. */
    Optional<String> schemaVersion() throws SQLException {
        List<List<String>> history = rows("SELECT cast(to_regclass(?) AS text)", historyTable);
        if (history.get(0).get(0) == null) {
            return Optional.empty();
        }
        List<List<String>> version = rows("SELECT version FROM " + history.get(0).get(0)
            + " WHERE success AND version IS NOT NULL ORDER BY installed_rank DESC LIMIT 1");
        return version.isEmpty() ? Optional.empty() : Optional.ofNullable(version.get(0).get(0));
    }

    /** The schemas the owner owns, for a restore to replace. */
    List<String> schemas() throws SQLException {
        List<String> schemas = new ArrayList<>();
        for (List<String> row : rows("SELECT nspname FROM pg_namespace WHERE oid IN (" + APPLICATION_SCHEMAS + ") ORDER BY 1")) {
            schemas.add(row.get(0));
        }
        return schemas;
    }

    String historyTable() {
        return historyTable;
    }

    static String quoted(String qualifiedName) {
        int dot = qualifiedName.indexOf('.');
        return identifier(qualifiedName.substring(0, dot)) + "." + identifier(qualifiedName.substring(dot + 1));
    }

    static String identifier(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    private static List<String> dependenciesFirst(Map<String, Set<String>> references) {
        Set<String> ordered = new LinkedHashSet<>();
        Map<String, Boolean> visiting = new HashMap<>();
        for (String table : references.keySet()) {
            visit(table, references, ordered, visiting);
        }
        return new ArrayList<>(ordered);
    }

    private static void visit(String table, Map<String, Set<String>> references, Set<String> ordered, Map<String, Boolean> visiting) {
        if (ordered.contains(table) || !references.containsKey(table)) {
            return;
        }
        if (Boolean.TRUE.equals(visiting.put(table, true))) {
            throw new BackupException("The tables' foreign keys form a cycle through " + table + ": this restore cannot order them.");
        }
        for (String referenced : references.get(table)) {
            visit(referenced, references, ordered, visiting);
        }
        visiting.put(table, false);
        ordered.add(table);
    }

    private List<List<String>> rows(String sql, String... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setString(i + 1, parameters[i]);
            }
            try (ResultSet result = statement.executeQuery()) {
                List<List<String>> rows = new ArrayList<>();
                int width = result.getMetaData().getColumnCount();
                while (result.next()) {
                    List<String> row = new ArrayList<>(width);
                    for (int c = 1; c <= width; c++) {
                        row.add(result.getString(c));
                    }
                    rows.add(row);
                }
                return rows;
            }
        }
    }
}
