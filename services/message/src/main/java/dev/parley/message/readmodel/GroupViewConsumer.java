package dev.parley.message.readmodel;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.reactive.messaging.annotations.Blocking;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import dev.parley.platform.events.IdempotentConsumer;

/** Builds the guard's group view from every fact of {@code im.group.events}. */
@ApplicationScoped
public class GroupViewConsumer {
    private final IdempotentConsumer consumer;
    private final GroupViewProjection projection;

    GroupViewConsumer(IdempotentConsumer consumer, GroupViewProjection projection) {
        this.consumer = consumer;
        this.projection = projection;
    }

    /**
     * @param value the record value
     */
    @Incoming("group-events-in")
    @Blocking
    public void onGroupEvent(String value) {
        consumer.consume("message-group-view", value, projection::apply);
    }
}
