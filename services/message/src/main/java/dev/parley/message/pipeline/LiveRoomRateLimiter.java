package dev.parley.message.pipeline;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Tencent's group frequency control (§4.3): at most {@code limit} messages per second per group (40 by default).
 * Lower priorities are dropped first: Lowest beyond half the limit, Low beyond three quarters, Normal beyond the
 * limit; High, and messages of App admins, owners and admins, are never dropped for rate. Runs in the sequencer
 * that owns the group's partition, so one counter per group suffices.
 */
@ApplicationScoped
public class LiveRoomRateLimiter {
    private final int limit;
    private final Map<String, long[]> windows = new ConcurrentHashMap<>();

    LiveRoomRateLimiter(@ConfigProperty(name = "parley.message.group-rate-per-second", defaultValue = "40") int limit) {
        this.limit = limit;
    }

    /**
     * Counts a message and tells whether it must be dropped.
     *
     * @param key app and group
     * @param priority High, Normal, Low or Lowest
     * @param exempt App admin, owner or admin sender
     * @param nowMillis when the message was submitted (the sender's burst, not the sequencer's pace)
     */
    public boolean drop(String key, String priority, boolean exempt, long nowMillis) {
        long second = nowMillis / 1000;
        // a late-processed message of an earlier second counts in the current window
        long[] window = windows.compute(key, (k, w) -> w == null || second > w[0] ? new long[] {second, 0} : w);
        synchronized (window) {
            long sent = window[1];
            boolean dropped = !exempt
                    && switch (priority) {
                        case "High" -> false;
                        case "Low" -> sent >= limit * 3L / 4;
                        case "Lowest" -> sent >= limit / 2;
                        default -> sent >= limit;
                    };
            if (!dropped) {
                window[1] = sent + 1;
            }
            return dropped;
        }
    }
}
