package dev.parley.group.events;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.reactive.messaging.annotations.Blocking;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import dev.parley.group.store.GroupProjection;
import dev.parley.platform.events.IdempotentConsumer;

/**
 * Re-applies every fact of {@code im.group.events} to the read model. The command path applied it already; this
 * consumer repairs a crash between publishing and applying, and applies facts committed by other replicas.
 */
@ApplicationScoped
public class GroupProjectionConsumer {
    private final IdempotentConsumer consumer;
    private final GroupProjection projection;

    GroupProjectionConsumer(IdempotentConsumer consumer, GroupProjection projection) {
        this.consumer = consumer;
        this.projection = projection;
    }

    /**
     * @param value the record value
     */
    @Incoming("group-events-in")
    @Blocking
    public void onGroupEvent(String value) {
        consumer.consume("group-projection", value, projection::apply);
    }
}
