package dev.parley.message.command;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.logging.Log;
import io.smallrye.reactive.messaging.MutinyEmitter;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;

import dev.parley.model.message.events.MessageEvent;
import dev.parley.platform.events.EventFactory;
import dev.parley.platform.events.EventFactory.AggregateRef;
import dev.parley.platform.events.EventPublisher;
import dev.parley.platform.events.MonotonicClock;
import dev.parley.platform.tencent.CommandRequest;

/**
 * Publishes the facts of recall, edit and one-sided delete ({@code MessageRecalled}, {@code MessageModified},
 * {@code MessagesDeletedForUser}) to {@code im.message.events} through the {@code message-edits-out} channel, keyed
 * appId:conversationId, once the Cassandra change succeeded, and waits for Kafka's acknowledgement. These facts
 * take no conversation sequence: the envelope sequence is a {@link MonotonicClock} value; consumers order the edits
 * of one message by {@code MessageModified.version}.
 */
@ApplicationScoped
public class MutationPublisher {
    private final EventFactory events;
    private final EventPublisher publisher;
    private final MonotonicClock clock;
    private final MutinyEmitter<String> emitter;

    MutationPublisher(
            EventFactory events,
            EventPublisher publisher,
            MonotonicClock clock,
            @Channel("message-edits-out") @OnOverflow(OnOverflow.Strategy.UNBOUNDED_BUFFER)
                    MutinyEmitter<String> emitter) {
        this.events = events;
        this.publisher = publisher;
        this.clock = clock;
        this.emitter = emitter;
    }

    /**
     * Publishes one fact of a conversation and waits for Kafka. The actor is the App admin who called, the
     * correlation id the request id.
     *
     * @throws Refused 10002 (group) or 20005 (C2C) when Kafka did not acknowledge in time; the Cassandra change
     *     stays and the fact is not published (no outbox yet)
     */
    public void publish(CommandRequest request, String conversationId, MessageEvent fact) {
        try {
            publisher.publish(
                    emitter,
                    events.create(
                            new AggregateRef("conversation", request.appId() + ":" + conversationId, clock.next()),
                            request.appId(),
                            request.identifier(),
                            request.requestId(),
                            fact));
        } catch (RuntimeException e) {
            Log.errorf(
                    e,
                    "App %s: %s of %s applied but not published",
                    request.appId(),
                    fact.getClass().getSimpleName(),
                    conversationId);
            throw conversationId.startsWith("group:")
                    ? new Refused(10002, "Internal error, please retry")
                    : new Refused(20005, "Internal error, please retry");
        }
    }
}
