package coop.toitcommun.web.error;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Whether a failure comes from a database that does not answer (down, restarting, unreachable, or no free
 * connection within the pool's timeout) rather than from what the request asked.
 */
public final class DatabaseUnavailable {

    /** admin_shutdown, crash_shutdown, cannot_connect_now (starting up or recovering) */
    private static final Set<String> SERVER_GOING_OR_COMING = Set.of("57P01", "57P02", "57P03");

    /**
     * What the pool answers on a connection it closed after a connection failure: when the rollback of the
     * failed request hits it, Spring throws this one and only logs the failure itself.
     */
    private static final String CLOSED_BY_THE_POOL = "Connection is closed";

    /** Set on a request that met a database that does not answer, so that nothing in it waits for the pool again. */
    private static final String MET = DatabaseUnavailable.class.getName() + ".MET";

    private DatabaseUnavailable() {
    }

    /** Notes that this request met a database that does not answer (the session store then skips it). */
    public static void met(HttpServletRequest request) {
        request.setAttribute(MET, Boolean.TRUE);
    }

    public static boolean wasMetBy(HttpServletRequest request) {
        return request.getAttribute(MET) != null;
    }

    public static boolean causedIt(Throwable failure) {
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
