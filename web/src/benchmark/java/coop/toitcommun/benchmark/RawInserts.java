package coop.toitcommun.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the database alone can do: single-row inserts, each its own transaction, into a copy of the booking table
 * with the same exclusion constraint and indexes ({@code LIKE … INCLUDING ALL}), by {@code connections} threads,
 * each on its own connection and its own room. The booking form over HTTP is compared with this.
 */
final class RawInserts {

    static void createCopy(Connection db) throws SQLException {
        try (Statement statement = db.createStatement()) {
            statement.execute("CREATE SCHEMA IF NOT EXISTS bench");
            statement.execute("DROP TABLE IF EXISTS bench.booking");
            statement.execute("CREATE TABLE bench.booking (LIKE venue.booking INCLUDING ALL)");
        }
    }

    /** Rows per second over {@code seconds}. */
    static double run(int connections, long seconds) throws Exception {
        AtomicLong rows = new AtomicLong();
        long until = System.nanoTime() + seconds * 1_000_000_000L;
        List<Thread> threads = new ArrayList<>();
        long started = System.nanoTime();
        for (int t = 0; t < connections; t++) {
            long room = 1_000_000L * connections + t;
            Thread thread = new Thread(() -> insertUntil(room, until, rows));
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        return rows.get() / ((System.nanoTime() - started) / 1e9);
    }

    private static void insertUntil(long room, long until, AtomicLong rows) {
        try (Connection db = DriverManager.getConnection(Bench.jdbcUrl(), Bench.DB_USER, Bench.DB_PASSWORD);
             PreparedStatement insert = db.prepareStatement("""
                 INSERT INTO bench.booking (room_id, organisation_id, booked_by, series_id, title, title_public, attendees, notes,
                     starts_at, ends_at, blocked_until, status, price_cents, sequence, created_at, updated_at, version)
                 VALUES (?, 1, 1, NULL, 'Réunion', true, 5, '', ?, ?, ?, 'CONFIRMED', 0, 0, ?, ?, 0)
                 ON CONFLICT DO NOTHING RETURNING id""")) {
            Instant start = Instant.now().plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
            Timestamp now = Timestamp.from(Instant.now());
            for (long n = 0; System.nanoTime() < until; n++) {
                Instant from = start.plus(n, ChronoUnit.HOURS);
                insert.setLong(1, room);
                insert.setTimestamp(2, Timestamp.from(from));
                insert.setTimestamp(3, Timestamp.from(from.plus(50, ChronoUnit.MINUTES)));
                insert.setTimestamp(4, Timestamp.from(from.plus(50, ChronoUnit.MINUTES)));
                insert.setTimestamp(5, now);
                insert.setTimestamp(6, now);
                try (var result = insert.executeQuery()) {
                    if (result.next()) {
                        rows.incrementAndGet();
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private RawInserts() {
    }
}
