package coop.toitcommun.membership;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The values last computed for the last keys asked for, a few at most: a key asked for again gets the value already
 * computed. Keys must be values (equal when what the value is computed from is equal); two threads missing the same
 * key at once both compute it, and the second one's value is kept. Other modules use it, as {@link ReadOnlyTransactionMemo},
 * for what outlives a transaction (the venue's week calendars, the web's written weeks).
 */
public final class RecentValues<K, V> {

    private final Map<K, V> values;

    public RecentValues(int kept) {
        this.values = new LinkedHashMap<>(kept * 2, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > kept;
            }
        };
    }

    public V get(K key, Supplier<V> compute) {
        V value;
        synchronized (values) {
            value = values.get(key);
        }
        if (value == null) {
            value = compute.get();
            synchronized (values) {
                values.put(key, value);
            }
        }
        return value;
    }
}
