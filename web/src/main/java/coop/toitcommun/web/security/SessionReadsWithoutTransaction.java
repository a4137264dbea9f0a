package coop.toitcommun.web.security;

import java.util.function.Supplier;

import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.SimpleTransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionOperations;

/**
 * The transactions of Spring Session's JDBC repository, except around the read of a request's session: that read is
 * one statement (the session joined with its attributes), which PostgreSQL runs in a snapshot of its own, and a
 * transaction of its own only added a round trip to commit to every signed-in request. Writes (a new session with its
 * attributes, a changed attribute) keep theirs. An expired session found by the read is deleted in the same way, by
 * one statement (its attributes go with it, ON DELETE CASCADE).
 */
final class SessionReadsWithoutTransaction implements TransactionOperations {

    private final TransactionOperations transactions;
    private final ThreadLocal<Boolean> reading = new ThreadLocal<>();

    SessionReadsWithoutTransaction(TransactionOperations transactions) {
        this.transactions = transactions;
    }

    /** Reads a session: what Spring Session's repository runs meanwhile on this thread runs outside any transaction. */
    <T> T read(Supplier<T> read) {
        reading.set(Boolean.TRUE);
        try {
            return read.get();
        } finally {
            reading.remove();
        }
    }

    @Override
    public <T> T execute(TransactionCallback<T> action) throws TransactionException {
        return reading.get() == null ? transactions.execute(action) : action.doInTransaction(new SimpleTransactionStatus(false));
    }
}
