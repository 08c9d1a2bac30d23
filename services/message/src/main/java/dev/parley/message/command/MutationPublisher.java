package dev.parley.message.command;

import java.util.List;
import java.util.concurrent.CompletionException;
import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.logging.Log;
import io.smallrye.reactive.messaging.MutinyEmitter;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;

import dev.parley.message.store.MessageEdits;
import dev.parley.message.store.PendingFactPublisher;
import dev.parley.model.envelope.EventEnvelope;
import dev.parley.model.message.events.MessageEvent;
import dev.parley.platform.events.EventCodec;
import dev.parley.platform.events.EventFactory;
import dev.parley.platform.events.EventFactory.AggregateRef;
import dev.parley.platform.events.EventPublisher;
import dev.parley.platform.events.MonotonicClock;
import dev.parley.platform.events.PoisonRecordException;
import dev.parley.platform.events.UnknownEventTypeException;
import dev.parley.platform.tencent.CommandRequest;

/**
 * Publishes the facts of recall, edit and one-sided delete ({@code MessageRecalled}, {@code MessageModified},
 * {@code MessagesDeletedForUser}) to {@code im.message.events} through the {@code message-edits-out} channel, keyed
 * appId:conversationId, and waits for Kafka's acknowledgement. These facts take no conversation sequence: the
 * envelope sequence is a {@link MonotonicClock} value; consumers order the edits of one message by {@code
 * MessageModified.version}.
 *
 * <p>Recall and edit facts go through {@link dev.parley.message.store.MessageEdits}' outbox: {@link #encode} builds
 * the envelope before the update that stores it, {@link #publish(MessageEdits.Target, String)} sends that exact text
 * (again, if need be: the event id never changes).
 */
@ApplicationScoped
public class MutationPublisher implements PendingFactPublisher {
    private final EventFactory events;
    private final EventPublisher publisher;
    private final EventCodec codec;
    private final MonotonicClock clock;
    private final MutinyEmitter<String> emitter;

    MutationPublisher(
            EventFactory events,
            EventPublisher publisher,
            EventCodec codec,
            MonotonicClock clock,
            @Channel("message-edits-out") @OnOverflow(OnOverflow.Strategy.UNBOUNDED_BUFFER)
                    MutinyEmitter<String> emitter) {
        this.events = events;
        this.publisher = publisher;
        this.codec = codec;
        this.clock = clock;
        this.emitter = emitter;
    }

    /**
     * Publishes one fact of a conversation and waits for Kafka (one-sided delete; no outbox). The actor is the App
     * admin who called, the correlation id the request id.
     *
     * @throws Refused 10002 (group) or 20005 (C2C) when Kafka did not acknowledge in time; the Cassandra change
     *     stays and the fact is not published
     */
    public void publish(CommandRequest request, String conversationId, MessageEvent fact) {
        try {
            publisher.publish(emitter, envelope(request, conversationId, fact));
        } catch (RuntimeException e) {
            Log.errorf(
                    e,
                    "App %s: %s of %s applied but not published",
                    request.appId(),
                    fact.getClass().getSimpleName(),
                    conversationId);
            throw retry(conversationId);
        }
    }

    /**
     * The encoded envelope of a recall or edit fact, with a new event id, to be stored as the message's pending
     * fact and then published by {@link #publish(MessageEdits.Target, String)}.
     */
    public String encode(CommandRequest request, String conversationId, MessageEvent fact) {
        return codec.encode(envelope(request, conversationId, fact));
    }

    /**
     * Publishes a stored fact, exactly as stored, and waits for Kafka. A stored text that no longer decodes (it
     * can never be published) is logged and dropped, so that it does not block the message forever.
     *
     * @throws Refused 10002 (group) or 20005 (C2C) when Kafka did not acknowledge in time; the fact stays pending
     */
    @Override
    public void publish(MessageEdits.Target target, String encoded) {
        EventEnvelope envelope;
        try {
            envelope = codec.decode(encoded);
        } catch (PoisonRecordException | UnknownEventTypeException e) {
            Log.errorf(
                    "App %s: pending fact of %s seq %d is not a valid envelope and is dropped (%s)",
                    target.appId(), target.conversationId(), target.seq(), e.getMessage());
            return;
        }
        try {
            publisher
                    .publishEncodedAsync(emitter, List.of(envelope), List.of(encoded))
                    .join();
        } catch (RuntimeException e) {
            Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
            Log.errorf(
                    cause,
                    "App %s: %s of %s seq %d stored but not yet published; the next recall or edit publishes it",
                    target.appId(),
                    envelope.type(),
                    target.conversationId(),
                    target.seq());
            throw retry(target.conversationId());
        }
    }

    private EventEnvelope envelope(CommandRequest request, String conversationId, MessageEvent fact) {
        return events.create(
                new AggregateRef("conversation", request.appId() + ":" + conversationId, clock.next()),
                request.appId(),
                request.identifier(),
                request.requestId(),
                fact);
    }

    private static Refused retry(String conversationId) {
        return conversationId.startsWith("group:")
                ? new Refused(10002, "Internal error, please retry")
                : new Refused(20005, "Internal error, please retry");
    }
}
