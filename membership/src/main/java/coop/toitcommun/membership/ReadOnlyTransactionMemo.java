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
        if (!TransactionSynchronizationManager.isActualTransactionActive()
            || !TransactionSynchronizationManager.isCurrentTransactionReadOnly()
            || !TransactionSynchronizationManager.isSynchronizationActive()) {
            return read.get();
        }
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
        return (T) remembered.computeIfAbsent(what, key -> read.get());
    }
}
