package dev.parley.relationship.events;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.reactive.messaging.annotations.Blocking;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import dev.parley.platform.events.IdempotentConsumer;
import dev.parley.relationship.store.RelationshipProjection;

/** Re-applies every fact of {@code im.relationship.events} (crash repair, facts committed by other replicas). */
@ApplicationScoped
public class RelationshipProjectionConsumer {
    private final IdempotentConsumer consumer;
    private final RelationshipProjection projection;

    RelationshipProjectionConsumer(IdempotentConsumer consumer, RelationshipProjection projection) {
        this.consumer = consumer;
        this.projection = projection;
    }

    /**
     * @param value the record value
     */
    @Incoming("relationship-events-in")
    @Blocking
    public void onRelationshipEvent(String value) {
        consumer.consume("relationship-projection", value, projection::apply);
    }
}
