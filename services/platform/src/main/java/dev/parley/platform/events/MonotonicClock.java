package dev.parley.platform.events;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Envelope sequences for aggregates without a commit head (a user's relationships, an app's metering): microseconds
 * since the epoch, strictly increasing within this process. A projection that writes {@code USING TIMESTAMP
 * <sequence>} lets later facts win whatever the order in which they are applied (ADR-0008).
 */
@ApplicationScoped
public class MonotonicClock {
    private final AtomicLong last = new AtomicLong();

    /** The next sequence. */
    public long next() {
        Instant now = Instant.now();
        long micros = now.getEpochSecond() * 1_000_000 + now.getNano() / 1_000;
        return last.updateAndGet(previous -> Math.max(previous + 1, micros));
    }
}
