package dev.parley.platform.events;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Message;

import dev.parley.model.envelope.EventEnvelope;

/**
 * Sends envelopes to Kafka and waits for the broker's acknowledgement (producers run with {@code acks=all} and
 * idempotence), so a caller only answers its client once the fact is durable in the log. The record key is the
 * aggregate id; headers repeat the event id, type and app id.
 */
@ApplicationScoped
public class EventPublisher {
    private static final Duration ACK_TIMEOUT = Duration.ofSeconds(10);

    private final EventCodec codec;

    EventPublisher(EventCodec codec) {
        this.codec = codec;
    }

    /**
     * @param emitter the outgoing channel of the stream the event belongs to
     * @param envelope the event
     * @throws RuntimeException if Kafka did not acknowledge within 10 s
     */
    public void publish(MutinyEmitter<String> emitter, EventEnvelope envelope) {
        send(emitter, envelope).await().atMost(ACK_TIMEOUT);
    }

    /**
     * Sends several envelopes at once and waits until Kafka acknowledged all of them (a batch command pays one
     * round trip, not one per fact).
     *
     * @throws RuntimeException if any was not acknowledged within 10 s
     */
    public void publishAll(MutinyEmitter<String> emitter, java.util.List<EventEnvelope> envelopes) {
        java.util.List<java.util.concurrent.CompletableFuture<Void>> acks = envelopes.stream()
                .map(e -> send(emitter, e).subscribeAsCompletionStage())
                .toList();
        java.util.concurrent.CompletableFuture.allOf(acks.toArray(java.util.concurrent.CompletableFuture[]::new))
                .orTimeout(ACK_TIMEOUT.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)
                .join();
    }

    /**
     * Sends several envelopes at once without blocking.
     *
     * @return completes when Kafka acknowledged all of them, exceptionally on the first failure or after 10 s
     */
    public java.util.concurrent.CompletableFuture<Void> publishAllAsync(
            MutinyEmitter<String> emitter, java.util.List<EventEnvelope> envelopes) {
        java.util.List<java.util.concurrent.CompletableFuture<Void>> acks = envelopes.stream()
                .map(e -> send(emitter, e).subscribeAsCompletionStage())
                .toList();
        return java.util.concurrent.CompletableFuture.allOf(acks.toArray(java.util.concurrent.CompletableFuture[]::new))
                .orTimeout(ACK_TIMEOUT.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    /**
     * Like {@link #publishAllAsync} for envelopes the caller has already encoded (and stored), so each is written
     * once.
     *
     * @param envelopes the events
     * @param encoded {@link EventCodec#encode} of each, in the same order
     */
    public java.util.concurrent.CompletableFuture<Void> publishEncodedAsync(
            MutinyEmitter<String> emitter, java.util.List<EventEnvelope> envelopes, java.util.List<String> encoded) {
        if (envelopes.size() != encoded.size()) {
            throw new IllegalArgumentException("one encoding per envelope");
        }
        java.util.concurrent.CompletableFuture<?>[] acks =
                new java.util.concurrent.CompletableFuture<?>[envelopes.size()];
        for (int i = 0; i < acks.length; i++) {
            acks[i] = send(emitter, envelopes.get(i), encoded.get(i)).subscribeAsCompletionStage();
        }
        return java.util.concurrent.CompletableFuture.allOf(acks)
                .orTimeout(ACK_TIMEOUT.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    private io.smallrye.mutiny.Uni<Void> send(MutinyEmitter<String> emitter, EventEnvelope envelope) {
        return send(emitter, envelope, codec.encode(envelope));
    }

    private io.smallrye.mutiny.Uni<Void> send(MutinyEmitter<String> emitter, EventEnvelope envelope, String json) {
        RecordHeaders headers = new RecordHeaders();
        headers.add(EventEnvelope.HEADER_EVENT_ID, bytes(envelope.eventId()));
        headers.add(EventEnvelope.HEADER_EVENT_TYPE, bytes(envelope.type()));
        headers.add(EventEnvelope.HEADER_APP_ID, bytes(envelope.appId()));
        OutgoingKafkaRecordMetadata<String> metadata = OutgoingKafkaRecordMetadata.<String>builder()
                .withKey(envelope.aggregateId())
                .withHeaders(headers)
                .build();
        return emitter.sendMessage(Message.of(json).addMetadata(metadata));
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
