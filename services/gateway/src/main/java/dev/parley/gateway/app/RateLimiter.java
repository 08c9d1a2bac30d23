package dev.parley.gateway.app;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Token buckets per app and command (Tencent: 200 calls/s per API and app, answered with 60007 beyond). Each
 * gateway replica limits on its own, so N replicas admit up to N times the rate; docs/compat.md records this.
 */
@ApplicationScoped
public class RateLimiter {
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    /**
     * @param key app and command
     * @param perSecond rate and burst size
     * @return whether the call may proceed
     */
    public boolean tryAcquire(String key, int perSecond) {
        if (buckets.size() > 100_000) {
            buckets.clear();
        }
        return buckets.computeIfAbsent(key, k -> new Bucket()).tryAcquire(perSecond, System.nanoTime());
    }

    private static final class Bucket {
        private double tokens = -1;
        private long last;

        synchronized boolean tryAcquire(int perSecond, long now) {
            if (tokens < 0) {
                tokens = perSecond;
            } else {
                tokens = Math.min(perSecond, tokens + (now - last) * perSecond / 1e9);
            }
            last = now;
            if (tokens >= 1) {
                tokens -= 1;
                return true;
            }
            return false;
        }
    }
}
