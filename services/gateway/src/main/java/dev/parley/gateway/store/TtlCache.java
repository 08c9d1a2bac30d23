package dev.parley.gateway.store;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A small read-through cache with a fixed time to live, for values other replicas may change (they are read from
 * Cassandra again after at most the TTL). Bounded by clearing when full.
 *
 * @param <V> cached value
 */
final class TtlCache<V> {
    private final long ttlNanos;
    private final int maxEntries;
    private final Map<String, Entry<V>> entries = new ConcurrentHashMap<>();

    TtlCache(long ttlMillis, int maxEntries) {
        this.ttlNanos = ttlMillis * 1_000_000L;
        this.maxEntries = maxEntries;
    }

    V get(String key, Function<String, V> loader) {
        long now = System.nanoTime();
        Entry<V> entry = entries.get(key);
        if (entry != null && now - entry.loadedAt < ttlNanos) {
            return entry.value;
        }
        V value = loader.apply(key);
        if (entries.size() >= maxEntries) {
            entries.clear();
        }
        entries.put(key, new Entry<>(value, now));
        return value;
    }

    void evict(String key) {
        entries.remove(key);
    }

    private record Entry<V>(V value, long loadedAt) {}
}
