package dev.parley.relationship.app;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.reactive.messaging.MutinyEmitter;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;

import dev.parley.model.envelope.EventEnvelope;
import dev.parley.model.relationship.events.RelationshipEvent;
import dev.parley.platform.events.EventFactory;
import dev.parley.platform.events.EventFactory.AggregateRef;
import dev.parley.platform.events.EventPublisher;
import dev.parley.platform.events.MonotonicClock;
import dev.parley.relationship.store.RelationshipProjection;

/**
 * Commits relationship facts write-through (ADR-0005): publish to {@code im.relationship.events} keyed by
 * appId:userId, wait for Kafka's acknowledgement, then apply to the read model. The service's own consumer applies
 * the same facts again, which heals a crash in between.
 */
@ApplicationScoped
public class RelationshipWriter {
    private final EventFactory events;
    private final EventPublisher publisher;
    private final RelationshipProjection projection;
    private final MonotonicClock clock;
    private final MutinyEmitter<String> emitter;
    private final ReentrantLock[] locks = new ReentrantLock[1024];

    RelationshipWriter(
            EventFactory events,
            EventPublisher publisher,
            RelationshipProjection projection,
            MonotonicClock clock,
            @Channel("relationship-events-out") @OnOverflow(OnOverflow.Strategy.UNBOUNDED_BUFFER)
                    MutinyEmitter<String> emitter) {
        this.events = events;
        this.publisher = publisher;
        this.projection = projection;
        this.clock = clock;
        this.emitter = emitter;
        for (int i = 0; i < locks.length; i++) {
            locks[i] = new ReentrantLock();
        }
    }

    /**
     * Runs {@code work} while holding the user's lock, so one replica decides one user's commands one at a time.
     */
    public <T> T serialized(String appId, String userId, Supplier<T> work) {
        ReentrantLock lock = locks[Math.floorMod((appId + ":" + userId).hashCode(), locks.length)];
        lock.lock();
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Publishes the facts, then applies them.
     *
     * @param actor who caused them
     * @param correlationId request id
     */
    public void commit(String actor, String correlationId, List<? extends RelationshipEvent> facts) {
        if (facts.isEmpty()) {
            return;
        }
        List<EventEnvelope> envelopes = new ArrayList<>();
        for (RelationshipEvent fact : facts) {
            envelopes.add(events.create(
                    new AggregateRef("user", fact.appId() + ":" + fact.userId(), clock.next()),
                    fact.appId(),
                    actor,
                    correlationId,
                    fact));
        }
        publisher.publishAll(emitter, envelopes);
        envelopes.forEach(projection::apply);
    }
}
