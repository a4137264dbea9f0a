package coop.toitcommun.web.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import coop.toitcommun.testsupport.FirstHouse;
import coop.toitcommun.testsupport.TestDatabase;
import coop.toitcommun.web.support.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The demo database, with an agenda document, goes through {@code backup} and {@code restore} (the jar's own
 * commands) into a fresh database: every table has the same rows, the signed minutes the same hashes (which still
 * match their content), sequences continue after the restored rows, and the document is back; HTTP sessions are
 * left behind. Restoring over data first saves that data.
 */
@WebIntegrationTest
class BackupRoundTripIT {

    @TempDir Path folder;

    private final TestDatabase.Connection original = TestDatabase.get();

    @Test
    void theDemoDatabaseAndItsDocumentsComeBackIdenticalFromABackup() throws Exception {
        JdbcClient before = owner(original);
        UUID document = UUID.randomUUID();
        before.sql("INSERT INTO web.stored_document (storage_key, content) VALUES (:key, :content)")
            .param("key", document).param("content", "%PDF-1.4 ordre du jour".getBytes(StandardCharsets.UTF_8)).update();
        before.sql("INSERT INTO web.http_session (primary_id, session_id, creation_time, last_access_time, max_inactive_interval, expiry_time) "
            + "VALUES (:id, :id, 0, 0, 1800, 9000000000000)").param("id", UUID.randomUUID().toString()).update();
        waitForAnEmptyOutbox(before);
        Map<String, String> originalTables = contents(before);
        List<Map<String, Object>> originalMinutes = signedMinutes(before);
        assertThat(originalMinutes).as("the demo's signed minutes").isNotEmpty();

        Output backup = run("backup", folder.toString(), "--spring.datasource.url=" + original.url(),
            "--spring.datasource.username=" + original.username(), "--spring.datasource.password=" + original.password(),
            "--spring.flyway.user=" + original.ownerUsername(), "--spring.flyway.password=" + original.ownerPassword());
        assertThat(backup.status()).as(backup.err()).isZero();
        assertThat(contents(before)).as("nothing changed the original during the backup").isEqualTo(originalTables);
        Path archive;
        try (Stream<Path> files = Files.list(folder)) {
            archive = files.filter(f -> f.getFileName().toString().matches("toitcommun-.*\\.zip")).findFirst().orElseThrow();
        }

        TestDatabase.Connection fresh = TestDatabase.freshDatabase();
        String[] restore = {"restore", archive.toString(), "--spring.datasource.url=" + fresh.url(),
            "--spring.datasource.username=" + fresh.username(), "--spring.datasource.password=" + fresh.password(),
            "--spring.flyway.user=" + fresh.ownerUsername(), "--spring.flyway.password=" + fresh.ownerPassword()};
        Output restored = run(restore);
        assertThat(restored.status()).as(restored.err()).isZero();
        assertThat(restored.out()).contains("Restored the backup").doesNotContain("saved first");

        JdbcClient after = owner(fresh);
        assertThat(originalTables).containsKeys("governance.minutes", "membership.charter_signature", "venue.booking", "web.mail_outbox");
        assertThat(contents(after)).isEqualTo(originalTables);
        List<Map<String, Object>> restoredMinutes = signedMinutes(after);
        assertThat(restoredMinutes).isEqualTo(originalMinutes);
        for (Map<String, Object> minutes : restoredMinutes) {
            assertThat(minutes.get("sha256")).isEqualTo(sha256((String) minutes.get("content")));
        }
        assertThat(sequences(after)).as("sequences continue after the restored rows").isEqualTo(sequences(before));
        assertThat(after.sql("SELECT content FROM web.stored_document WHERE storage_key = :key").param("key", document)
            .query(byte[].class).single()).asString(StandardCharsets.UTF_8).isEqualTo("%PDF-1.4 ordre du jour");
        assertThat(after.sql("SELECT count(*) FROM web.http_session").query(Long.class).single()).as("sessions are not restored").isZero();

        Output again = run(restore);
        assertThat(again.status()).as(again.err()).isZero();
        assertThat(again.out()).contains("The current data was saved first in");
        assertThat(contents(after)).isEqualTo(originalTables);
    }

    private static Map<String, Object> sequences(JdbcClient database) {
        Map<String, Object> sequences = new LinkedHashMap<>();
        database.sql("""
                SELECT schemaname || '.' || sequencename AS name, last_value FROM pg_sequences
                 WHERE schemaname IN ('membership', 'governance', 'venue', 'web') ORDER BY 1""")
            .query((row, n) -> sequences.put(row.getString("name"), row.getObject("last_value"))).list();
        return sequences;
    }

    private record Output(int status, String out, String err) {
    }

    private static Output run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = BackupCommands.run(new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8), args);
        return new Output(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Every table of the application's schemas but the sessions, with its row count and a digest of all its rows. */
    private static Map<String, String> contents(JdbcClient database) {
        List<String> tables = database.sql("""
                SELECT n.nspname || '.' || c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                 WHERE c.relkind = 'r' AND n.nspname IN ('membership', 'governance', 'venue', 'web')
                   AND c.relname NOT LIKE 'http\\_session%' ORDER BY 1""")
            .query(String.class).list();
        Map<String, String> contents = new LinkedHashMap<>();
        for (String table : tables) {
            contents.put(table, database.sql("SELECT count(*) || ' rows, ' || coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '-') FROM "
                + table + " t").query(String.class).single());
        }
        return contents;
    }

    private static List<Map<String, Object>> signedMinutes(JdbcClient database) {
        return database.sql("""
                SELECT meeting_id, entity_id, number, sha256, content FROM governance.minutes
                 WHERE signed_at IS NOT NULL ORDER BY meeting_id""").query().listOfRows();
    }

    private static void waitForAnEmptyOutbox(JdbcClient database) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (database.sql("SELECT count(*) FROM web.mail_outbox WHERE status = 'PENDING'").query(Long.class).single() > 0) {
            assertThat(System.nanoTime()).as("emails of earlier tests still leaving").isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    private static JdbcClient owner(TestDatabase.Connection database) {
        DriverManagerDataSource connections = new DriverManagerDataSource(database.url());
        connections.setConnectionProperties(FirstHouse.connectionProperties(database.ownerUsername(), database.ownerPassword()));
        return JdbcClient.create(connections);
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
