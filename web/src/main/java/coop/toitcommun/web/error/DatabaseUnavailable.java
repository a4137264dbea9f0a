package coop.toitcommun.web.error;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

/**
 * Whether a failure comes from a database that does not answer (down, restarting, unreachable, or no free
 * connection within the pool's timeout) rather than from what the request asked.
 */
final class DatabaseUnavailable {

    /** admin_shutdown, crash_shutdown, cannot_connect_now (starting up or recovering) */
    private static final Set<String> SERVER_GOING_OR_COMING = Set.of("57P01", "57P02", "57P03");

    /**
     * What the pool answers on a connection it closed after a connection failure: when the rollback of the
     * failed request hits it, Spring throws this one and only logs the failure itself.
     */
    private static final String CLOSED_BY_THE_POOL = "Connection is closed";

    private DatabaseUnavailable() {
    }

    static boolean causedIt(Throwable failure) {
        int depth = 0;
        for (Throwable cause = failure; cause != null && depth < 30; cause = cause.getCause(), depth++) {
            if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException) {
                return true;
            }
            if (cause instanceof SQLException sql && (CLOSED_BY_THE_POOL.equals(sql.getMessage()) || sql.getSQLState() != null
                && (sql.getSQLState().startsWith("08") || SERVER_GOING_OR_COMING.contains(sql.getSQLState())))) {
                return true;
            }
        }
        return false;
    }
}
