package dev.parley.message.readmodel;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.reactive.messaging.annotations.Blocking;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import dev.parley.platform.events.IdempotentConsumer;

/** Builds the guard's friend and blacklist view from {@code im.relationship.events} (per-user order). */
@ApplicationScoped
public class RelationViewConsumer {
    private final IdempotentConsumer consumer;
    private final RelationViewProjection projection;

    RelationViewConsumer(IdempotentConsumer consumer, RelationViewProjection projection) {
        this.consumer = consumer;
        this.projection = projection;
    }

    /**
     * @param value the record value
     */
    @Incoming("relationship-events-in")
    @Blocking
    public void onRelationshipEvent(String value) {
        consumer.consume("message-relation-view", value, projection::apply);
    }
}
