package dev.parley.message.facts;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.logging.Log;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;

import dev.parley.platform.events.EventHandler;
import dev.parley.platform.events.IdempotentConsumer;
import dev.parley.platform.events.KeyedBatch;
import dev.parley.platform.events.PoisonRecordException;

/**
 * Applies one poll of {@code im.message.events} to a projection whose handler is idempotent by itself: in lanes by
 * record key (appId:conversationId), the lanes in parallel on a pool of {@value #LANES} threads, every record
 * through {@link IdempotentConsumer#consumeIdempotent}. A poison record is copied to
 * {@code im.message.events.dlq.message-service} (waiting for Kafka's acknowledgement) and its lane goes on, so a
 * bad record never holds the others of its poll back nor sends them to the dead-letter topic with it.
 */
@ApplicationScoped
public class MessageFactLanes {
    /** Lanes applied at once: Cassandra round trips waited for together. */
    static final int LANES = 8;

    private static final Duration DLQ_ACK = Duration.ofSeconds(10);

    private final IdempotentConsumer consumer;
    private final MutinyEmitter<String> deadLetters;
    private final ExecutorService lanes;

    MessageFactLanes(
            IdempotentConsumer consumer, @Channel("message-events-dlq-out") MutinyEmitter<String> deadLetters) {
        this.consumer = consumer;
        this.deadLetters = deadLetters;
        AtomicInteger n = new AtomicInteger();
        this.lanes = Executors.newFixedThreadPool(LANES, r -> {
            Thread t = new Thread(r, "message-fact-lane-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * @param name the consumer's name (for logs and metrics)
     * @param records one poll
     * @param handler the projection, idempotent by itself
     */
    public void apply(String name, ConsumerRecords<String, String> records, EventHandler handler) {
        KeyedBatch.apply(records, lanes, record -> applyOne(name, record, handler));
    }

    private void applyOne(String name, ConsumerRecord<String, String> record, EventHandler handler) {
        try {
            consumer.consumeIdempotent(name, record.value(), handler);
        } catch (PoisonRecordException e) {
            deadLetter(name, record, e);
        }
    }

    private void deadLetter(String name, ConsumerRecord<String, String> record, PoisonRecordException e) {
        RecordHeaders headers = new RecordHeaders();
        headers.add("dead-letter-reason", String.valueOf(e.getMessage()).getBytes(StandardCharsets.UTF_8));
        headers.add("dead-letter-topic", record.topic().getBytes(StandardCharsets.UTF_8));
        headers.add(
                "dead-letter-partition", Integer.toString(record.partition()).getBytes(StandardCharsets.UTF_8));
        headers.add("dead-letter-offset", Long.toString(record.offset()).getBytes(StandardCharsets.UTF_8));
        headers.add("dead-letter-consumer", name.getBytes(StandardCharsets.UTF_8));
        OutgoingKafkaRecordMetadata<String> metadata = OutgoingKafkaRecordMetadata.<String>builder()
                .withKey(record.key())
                .withHeaders(headers)
                .build();
        deadLetters
                .sendMessage(
                        Message.of(record.value() == null ? "" : record.value()).addMetadata(metadata))
                .await()
                .atMost(DLQ_ACK);
        String key = String.valueOf(record.key());
        Log.warnf(
                "App %s: consumer %s dead-lettered %s-%d@%d: %s",
                key.contains(":") ? key.substring(0, key.indexOf(':')) : "?",
                name,
                record.topic(),
                record.partition(),
                record.offset(),
                e.getMessage());
    }

    @PreDestroy
    void stop() {
        lanes.shutdownNow();
    }
}
