package dev.parley.message.conversation;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.reactive.messaging.annotations.Blocking;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import dev.parley.platform.events.IdempotentConsumer;

/**
 * Builds conversations, unread counts and receipts from {@code im.message.events} (consumer group
 * {@code message-conversations}; ordered per conversation) and memberships and read points from
 * {@code im.group.events} (same group id; ordered per group). Message facts are applied without processed-event
 * markers: the projection rewrites the same values when a fact comes again (see {@link ConversationProjection}).
 */
@ApplicationScoped
public class ConversationEventsConsumer {
    private final IdempotentConsumer consumer;
    private final ConversationProjection projection;

    ConversationEventsConsumer(IdempotentConsumer consumer, ConversationProjection projection) {
        this.consumer = consumer;
        this.projection = projection;
    }

    /**
     * @param value a record value of {@code im.message.events}
     */
    @Incoming("conversation-events-in")
    @Blocking
    public void onMessageEvent(String value) {
        consumer.consumeIdempotent("message-conversations", value, projection::apply);
    }

    /**
     * @param value a record value of {@code im.group.events}
     */
    @Incoming("conversation-group-events-in")
    @Blocking
    public void onGroupEvent(String value) {
        consumer.consume("message-conversation-groups", value, projection::apply);
    }
}
