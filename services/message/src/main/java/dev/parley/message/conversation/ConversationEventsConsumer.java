package dev.parley.message.conversation;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.reactive.messaging.annotations.Blocking;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import dev.parley.message.facts.MessageFactLanes;
import dev.parley.platform.events.IdempotentConsumer;

/**
 * Builds conversations, unread counts and receipts from {@code im.message.events} (consumer group
 * {@code message-conversations}; ordered per conversation) and memberships and read points from
 * {@code im.group.events} (same group id; ordered per group). Message facts come a poll at a time and are applied in
 * lanes by conversation ({@link MessageFactLanes}), without processed-event markers: the projection rewrites the same
 * values when a fact comes again (see {@link ConversationProjection}).
 */
@ApplicationScoped
public class ConversationEventsConsumer {
    private final IdempotentConsumer consumer;
    private final MessageFactLanes lanes;
    private final ConversationProjection projection;

    ConversationEventsConsumer(IdempotentConsumer consumer, MessageFactLanes lanes, ConversationProjection projection) {
        this.consumer = consumer;
        this.lanes = lanes;
        this.projection = projection;
    }

    /**
     * @param records one poll of {@code im.message.events}, applied in lanes by conversation
     */
    @Incoming("conversation-events-in")
    @Blocking
    public void onMessageEvents(ConsumerRecords<String, String> records) {
        lanes.apply("message-conversations", records, projection::apply);
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
