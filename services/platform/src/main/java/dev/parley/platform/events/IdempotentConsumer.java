package dev.parley.platform.events;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolationException;

import com.datastax.oss.driver.api.core.DriverException;
import com.datastax.oss.driver.api.core.servererrors.QueryValidationException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import org.jboss.logging.MDC;

import dev.parley.model.envelope.EventEnvelope;
import dev.parley.platform.cassandra.CassandraUnavailableException;

/**
 * The one way a Parley service consumes events (style B7, B12). For each record value it:
 *
 * <ol>
 *   <li>decodes and validates the envelope; a poison record is rethrown so the channel's
 *       {@code dead-letter-queue} failure strategy moves it to the DLQ topic and the partition goes on;
 *   <li>acknowledges and skips an unknown event type (logged once per type);
 *   <li>skips an event this consumer already processed ({@link ProcessedEventStore});
 *   <li>applies the handler, then writes the marker. The SmallRye channel commits the offset only after this
 *       method returns, so an effect is never lost.
 * </ol>
 *
 * <p>{@link #consumeIdempotent} leaves out steps 3 and 4 for handlers whose effects are idempotent by themselves
 * (writes keyed and timestamped by the fact, or guarded by a sequence): a replay rewrites the same values, so a
 * marker per event would only double the store's work on the hottest streams.
 *
 * <p>Transient failures (Cassandra unavailable, timeouts) are retried in place with back-off for as long as they
 * last: an outage delays the partition rather than dead-lettering good records. Any other failure is retried a
 * few times and then treated as poison.
 */
@ApplicationScoped
public class IdempotentConsumer {
    private static final int NON_TRANSIENT_ATTEMPTS = 3;
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(5);

    private final EventCodec codec;
    private final ProcessedEventStore processed;
    private final Set<String> warnedTypes = ConcurrentHashMap.newKeySet();
    private final MeterRegistry meters;
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();

    IdempotentConsumer(EventCodec codec, ProcessedEventStore processed, MeterRegistry meters) {
        this.codec = codec;
        this.processed = processed;
        this.meters = meters;
    }

    /**
     * @param consumer the consumer's name, unique within the service (e.g. {@code app-directory})
     * @param value the Kafka record value
     * @param handler the idempotent effect
     * @throws PoisonRecordException when the record must go to the dead-letter topic
     */
    public void consume(String consumer, String value, EventHandler handler) {
        consume(consumer, value, handler, true);
    }

    /**
     * Like {@link #consume} without the processed-event marker: only for a handler that changes nothing when it
     * applies the same fact again (in the order of its partition).
     *
     * @param consumer the consumer's name, unique within the service
     * @param value the Kafka record value
     * @param handler the effect, idempotent by itself
     * @throws PoisonRecordException when the record must go to the dead-letter topic
     */
    public void consumeIdempotent(String consumer, String value, EventHandler handler) {
        consume(consumer, value, handler, false);
    }

    private void consume(String consumer, String value, EventHandler handler, boolean dedupe) {
        EventEnvelope envelope;
        try {
            envelope = codec.decode(value);
        } catch (UnknownEventTypeException e) {
            if (warnedTypes.add(e.type())) {
                Log.warnf("Consumer %s skips unknown event type %s", consumer, e.type());
            }
            count(consumer, "unknown-type");
            return;
        } catch (PoisonRecordException e) {
            Log.warnf("Consumer %s dead-letters a record: %s", consumer, e.getMessage());
            count(consumer, "dead-lettered");
            throw e;
        }
        MDC.put("appId", envelope.appId());
        MDC.put("eventId", envelope.eventId());
        try {
            count(consumer, applyWithRetry(consumer, envelope, handler, dedupe));
        } catch (PoisonRecordException e) {
            count(consumer, "dead-lettered");
            throw e;
        } finally {
            MDC.remove("appId");
            MDC.remove("eventId");
        }
    }

    /** Applies the event unless seen before; returns the outcome {@code applied} or {@code duplicate}. */
    private String applyWithRetry(String consumer, EventEnvelope envelope, EventHandler handler, boolean dedupe) {
        Duration backoff = Duration.ofMillis(100);
        int nonTransientFailures = 0;
        while (true) {
            try {
                if (dedupe && processed.seen(envelope.appId(), envelope.eventId(), consumer)) {
                    return "duplicate";
                }
                handler.handle(envelope);
                if (dedupe) {
                    processed.markProcessed(envelope.appId(), envelope.eventId(), consumer);
                }
                return "applied";
            } catch (PoisonRecordException | IllegalArgumentException | ConstraintViolationException e) {
                Log.warnf("Consumer %s dead-letters %s: %s", consumer, envelope.type(), e.getMessage());
                throw e instanceof PoisonRecordException p
                        ? p
                        : new PoisonRecordException("handler refused " + envelope.type(), e);
            } catch (RuntimeException e) {
                if (!isTransient(e) && ++nonTransientFailures >= NON_TRANSIENT_ATTEMPTS) {
                    Log.errorf(
                            e,
                            "Consumer %s gives up on %s after %d attempts",
                            consumer,
                            envelope.type(),
                            nonTransientFailures);
                    throw new PoisonRecordException("handler failed " + envelope.type(), e);
                }
                Log.warnf(
                        "Consumer %s retries %s in %d ms: %s",
                        consumer, envelope.type(), backoff.toMillis(), e.toString());
                sleep(backoff);
                backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
            }
        }
    }

    /** Counts outcomes as {@code parley_events_consumed_total{consumer,outcome}}; no app id, to bound cardinality. */
    private void count(String consumer, String outcome) {
        if (meters != null) {
            counters.computeIfAbsent(
                            consumer + "\u0000" + outcome,
                            k -> meters.counter("parley.events.consumed", "consumer", consumer, "outcome", outcome))
                    .increment();
        }
    }

    /** Infrastructure trouble that passes by itself, as opposed to a bug or bad data. */
    static boolean isTransient(RuntimeException e) {
        return e instanceof CassandraUnavailableException
                || (e instanceof DriverException && !(e instanceof QueryValidationException));
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while retrying", e);
        }
    }
}
