package dev.parley.message.conversation;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.reactive.messaging.MutinyEmitter;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;

import dev.parley.model.envelope.EventEnvelope;
import dev.parley.model.message.events.MessageEvent;
import dev.parley.platform.events.EventFactory;
import dev.parley.platform.events.EventFactory.AggregateRef;
import dev.parley.platform.events.EventPublisher;
import dev.parley.platform.events.MonotonicClock;

/**
 * Publishes the read commands' facts (MessagesRead, ConversationDeleted, MessagesDeletedForUser) on
 * {@code im.message.events}, keyed {@code appId:conversationId} like the conversation's messages, and waits for
 * Kafka. The envelope sequence comes from the monotonic clock: these facts have no conversation sequence of their
 * own (their payloads carry the sequences they refer to).
 */
@ApplicationScoped
public class ConversationFacts {
    private final EventFactory events;
    private final EventPublisher publisher;
    private final MonotonicClock clock;
    private final MutinyEmitter<String> emitter;

    ConversationFacts(
            EventFactory events,
            EventPublisher publisher,
            MonotonicClock clock,
            @Channel("conversation-events-out") @OnOverflow(OnOverflow.Strategy.UNBOUNDED_BUFFER)
                    MutinyEmitter<String> emitter) {
        this.events = events;
        this.publisher = publisher;
        this.clock = clock;
        this.emitter = emitter;
    }

    /**
     * @param actor who caused it (the admin identifier), may be null
     * @param requestId the request's id, may be null
     * @param payload the fact
     * @return the published envelope
     */
    public EventEnvelope publish(String actor, String requestId, MessageEvent payload) {
        EventEnvelope envelope = events.create(
                new AggregateRef("conversation", payload.appId() + ":" + payload.conversationId(), clock.next()),
                payload.appId(),
                actor,
                requestId,
                payload);
        publisher.publish(emitter, envelope);
        return envelope;
    }
}
