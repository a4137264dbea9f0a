package coop.toitcommun.membership;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Remembers a read for the rest of the current read-only transaction, so that a page filled by several features
 * (the dashboard, a meeting page) reads shared facts once. Nothing can change them within a read-only transaction;
 * outside one, or in a transaction that writes, every call reads again. Other modules use it for their own reads.
 */
public final class ReadOnlyTransactionMemo {

    private static final Object KEY = ReadOnlyTransactionMemo.class;

    private ReadOnlyTransactionMemo() {
    }

    @SuppressWarnings("unchecked")
    public static <T> T get(String what, Supplier<T> read) {
        if (!active()) {
            return read.get();
        }
        Map<String, Object> memory = memory();
        if (memory.containsKey(what)) {
            return (T) memory.get(what);
        }
        T value = read.get(); // may itself remember what it brought along
        memory.putIfAbsent(what, value);
        return value;
    }

    /** What a read-only transaction remembers under that name, or null. */
    @SuppressWarnings("unchecked")
    public static <T> T recall(String what) {
        return active() ? (T) memory().get(what) : null;
    }

    /** Remembers what a read brought along, for a later {@link #get} of it; nothing outside a read-only transaction. */
    public static void remember(String what, Object value) {
        if (active()) {
            memory().putIfAbsent(what, value);
        }
    }

    /** Whether reads are remembered: inside a read-only transaction. */
    public static boolean active() {
        return TransactionSynchronizationManager.isActualTransactionActive()
            && TransactionSynchronizationManager.isCurrentTransactionReadOnly()
            && TransactionSynchronizationManager.isSynchronizationActive();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> memory() {
        Map<String, Object> remembered = (Map<String, Object>) TransactionSynchronizationManager.getResource(KEY);
        if (remembered == null) {
            remembered = new HashMap<>();
            TransactionSynchronizationManager.bindResource(KEY, remembered);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(KEY);
                }
            });
        }
        return remembered;
    }
}
