package coop.toitcommun.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the database alone can do: single-row inserts, each its own transaction, into a copy of the booking table
 * with the same exclusion constraint and indexes ({@code LIKE … INCLUDING ALL}), by {@code connections} threads,
 * each on its own connection and its own room. The loop has the application's durability: it connects as the
 * application's role, to the same server, with {@code synchronous_commit} as the server sets it (on). The booking
 * form over HTTP is compared with this.
 */
final class RawInserts {

    /** Each connection of each run inserts into a room of its own, so that no insert meets another's row. */
    private static final AtomicLong RUNS = new AtomicLong();

    /** The copy belongs to the owner, like the application's tables, so the application's role may write it. */
    static void createCopy() throws SQLException {
        try (Connection owner = Bench.Role.OWNER.connect(); Statement statement = owner.createStatement()) {
            statement.execute("CREATE SCHEMA IF NOT EXISTS bench");
            statement.execute("DROP TABLE IF EXISTS bench.booking");
            statement.execute("CREATE TABLE bench.booking (LIKE venue.booking INCLUDING ALL)");
        }
    }

    /** The durability the loop's own connections have: the application's role, the server's settings. */
    static String durability() throws SQLException {
        try (Connection db = Bench.Role.APPLICATION.connect(); Statement statement = db.createStatement();
             var rs = statement.executeQuery("""
                 SELECT current_user || ' (superuser: ' || current_setting('is_superuser') || '), synchronous_commit='
                        || current_setting('synchronous_commit') || ', fsync=' || current_setting('fsync')""")) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** Rows per second over {@code seconds}, counted from the moment every connection is open. */
    static double run(int connections, long seconds) throws Exception {
        AtomicLong rows = new AtomicLong();
        CyclicBarrier ready = new CyclicBarrier(connections + 1);
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < connections; t++) {
            long room = RUNS.incrementAndGet();
            Thread thread = new Thread(() -> insert(room, ready, seconds, rows));
            threads.add(thread);
            thread.start();
        }
        ready.await();
        long started = System.nanoTime();
        for (Thread thread : threads) {
            thread.join();
        }
        return rows.get() / ((System.nanoTime() - started) / 1e9);
    }

    private static void insert(long room, CyclicBarrier ready, long seconds, AtomicLong rows) {
        try (Connection db = Bench.Role.APPLICATION.connect();
             PreparedStatement insert = db.prepareStatement("""
                 INSERT INTO bench.booking (room_id, organisation_id, booked_by, series_id, title, title_public, attendees, notes,
                     starts_at, ends_at, blocked_until, status, price_cents, sequence, created_at, updated_at, version)
                 VALUES (?, 1, 1, NULL, 'Réunion', true, 5, '', ?, ?, ?, 'CONFIRMED', 0, 0, ?, ?, 0)
                 ON CONFLICT DO NOTHING RETURNING id""")) {
            Instant start = Instant.now().plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
            Timestamp now = Timestamp.from(Instant.now());
            ready.await();
            long until = System.nanoTime() + seconds * 1_000_000_000L;
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
        } catch (SQLException | InterruptedException | BrokenBarrierException e) {
            throw new IllegalStateException(e);
        }
    }

    private RawInserts() {
    }
}
