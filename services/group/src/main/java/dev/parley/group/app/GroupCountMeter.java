package dev.parley.group.app;

import java.time.Instant;
import java.util.Map;
import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.reactive.messaging.MutinyEmitter;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;

import dev.parley.group.store.GroupStore;
import dev.parley.model.billing.events.GroupCountMeasured;
import dev.parley.model.group.GroupType;
import dev.parley.platform.events.EventFactory;
import dev.parley.platform.events.EventFactory.AggregateRef;
import dev.parley.platform.events.EventPublisher;
import dev.parley.platform.events.MonotonicClock;

/**
 * Counts an app's live groups after each creation and destruction and publishes the count to
 * {@code im.billing.usage} for billing-metering. The count is read from the read model, so it is the net number of
 * groups that exist (destroyed groups do not count) and a republished count is harmless.
 */
@ApplicationScoped
public class GroupCountMeter {
    private final GroupStore store;
    private final EventFactory events;
    private final EventPublisher publisher;
    private final MonotonicClock clock;
    private final MutinyEmitter<String> usage;

    GroupCountMeter(
            GroupStore store,
            EventFactory events,
            EventPublisher publisher,
            MonotonicClock clock,
            @Channel("usage-out") @OnOverflow(OnOverflow.Strategy.UNBOUNDED_BUFFER) MutinyEmitter<String> usage) {
        this.store = store;
        this.clock = clock;
        this.events = events;
        this.publisher = publisher;
        this.usage = usage;
    }

    /** Live rooms of the app. */
    public long liveRooms(String appId) {
        return store.groupCountsByType(appId).getOrDefault(GroupType.AVCHATROOM.restName(), 0L);
    }

    /** Publishes the app's current group count. */
    public void measure(String appId) {
        Map<String, Long> byType = store.groupCountsByType(appId);
        long total = byType.values().stream().mapToLong(Long::longValue).sum();
        long live = byType.getOrDefault(GroupType.AVCHATROOM.restName(), 0L);
        long now = Instant.now().getEpochSecond();
        publisher.publish(
                usage,
                events.create(
                        new AggregateRef("app", appId, clock.next()),
                        appId,
                        null,
                        null,
                        new GroupCountMeasured(appId, total, live, now)));
    }
}
