package dev.parley.platform.apps;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Read side of the app directory for the service's own code. Lookups are cached for one second (the REST edge
 * asks on every request); the consumer evicts an app as soon as it applies an event of it, so this service sees
 * its own updates at once.
 */
@ApplicationScoped
public class AppDirectory {
    private static final long TTL_NANOS = 1_000_000_000L;

    private final AppDirectoryStore store;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    AppDirectory(AppDirectoryStore store) {
        this.store = store;
    }

    /** The app, if this service has learned of it. */
    public Optional<AppInfo> find(String appId) {
        long now = System.nanoTime();
        Cached cached = cache.get(appId);
        if (cached != null && now - cached.loadedAt < TTL_NANOS) {
            return cached.app;
        }
        Optional<AppInfo> app = store.find(appId);
        if (cache.size() > 10_000) {
            cache.clear();
        }
        cache.put(appId, new Cached(app, now));
        return app;
    }

    /** Forgets the cached entry of an app. */
    void evict(String appId) {
        cache.remove(appId);
    }

    private record Cached(Optional<AppInfo> app, long loadedAt) {}
}
