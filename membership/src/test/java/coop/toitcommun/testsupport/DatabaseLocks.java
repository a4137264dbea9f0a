package coop.toitcommun.testsupport;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;

/** For concurrency tests: waits on the database's own view of who waits on a lock, never on a sleep. */
public final class DatabaseLocks {

    private DatabaseLocks() {
    }

    /**
     * Returns once at least {@code count} other sessions wait on a lock, as {@code pg_locks} shows it; fails after a
     * deadline generous enough for a loaded machine.
     */
    public static void awaitWaitingSessions(Connection observer, int count) throws SQLException {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (true) {
            try (PreparedStatement waiting = observer.prepareStatement(
                    "SELECT count(DISTINCT pid) FROM pg_locks WHERE NOT granted AND pid <> pg_backend_pid()");
                 ResultSet result = waiting.executeQuery()) {
                result.next();
                if (result.getInt(1) >= count) {
                    return;
                }
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Fewer than " + count + " sessions came to wait on a lock");
            }
            Thread.onSpinWait();
        }
    }
}
