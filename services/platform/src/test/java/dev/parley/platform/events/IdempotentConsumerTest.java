package dev.parley.platform.events;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.datastax.oss.driver.api.core.DriverTimeoutException;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Dedupe, poison and retry rules of the consumer, with an in-memory marker store. */
class IdempotentConsumerTest {
    final InMemoryMarkers markers = new InMemoryMarkers();
    final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    final IdempotentConsumer consumer = new IdempotentConsumer(EventCodecTest.CODEC, markers, meters);
    final List<String> applied = new ArrayList<>();
    final String record = EventCodecTest.CODEC.encode(EventCodecTest.SAMPLE);

    @Test
    void should_apply_once_when_the_same_event_is_delivered_twice() {
        consumer.consume("test", record, e -> applied.add(e.eventId()));
        consumer.consume("test", record, e -> applied.add(e.eventId()));
        assertThat(applied).containsExactly(EventCodecTest.SAMPLE.eventId());
        assertThat(counted("applied")).isEqualTo(1);
        assertThat(counted("duplicate")).isEqualTo(1);
    }

    private double counted(String outcome) {
        return meters.counter("parley.events.consumed", "consumer", "test", "outcome", outcome)
                .count();
    }

    @Test
    void should_apply_for_each_consumer_when_two_consumers_share_a_service() {
        consumer.consume("a", record, e -> applied.add("a"));
        consumer.consume("b", record, e -> applied.add("b"));
        assertThat(applied).containsExactly("a", "b");
    }

    @Test
    void should_throw_poison_and_apply_nothing_when_record_is_garbage() {
        assertThatThrownBy(() -> consumer.consume("test", "\u0000garbage", e -> applied.add("x")))
                .isInstanceOf(PoisonRecordException.class);
        assertThat(applied).isEmpty();
        assertThat(counted("dead-lettered")).isEqualTo(1);
    }

    @Test
    void should_skip_without_error_when_type_is_unknown() {
        consumer.consume("test", record.replace("im.app.registered.v1", "im.app.future.v1"), e -> applied.add("x"));
        assertThat(applied).isEmpty();
    }

    @Test
    void should_retry_then_apply_when_failure_is_transient() {
        int[] calls = {0};
        consumer.consume("test", record, e -> {
            if (calls[0]++ < 2) {
                throw new DriverTimeoutException("cassandra slow");
            }
            applied.add(e.eventId());
        });
        assertThat(calls[0]).isEqualTo(3);
        assertThat(applied).hasSize(1);
        assertThat(markers.marks).hasSize(1);
    }

    @Test
    void should_dead_letter_and_leave_no_marker_when_handler_keeps_failing() {
        assertThatThrownBy(() -> consumer.consume("test", record, e -> {
                    throw new IllegalStateException("bug");
                }))
                .isInstanceOf(PoisonRecordException.class);
        assertThat(markers.marks).isEmpty();
    }

    @Test
    void should_dead_letter_at_once_when_handler_refuses_the_event() {
        int[] calls = {0};
        assertThatThrownBy(() -> consumer.consume("test", record, e -> {
                    calls[0]++;
                    throw new IllegalArgumentException("invalid");
                }))
                .isInstanceOf(PoisonRecordException.class);
        assertThat(calls[0]).isEqualTo(1);
    }

    /** Markers kept in memory instead of Cassandra. */
    static final class InMemoryMarkers extends ProcessedEventStore {
        final Set<String> marks = new HashSet<>();

        InMemoryMarkers() {
            super(null);
        }

        @Override
        public boolean seen(String appId, String eventId, String consumer) {
            return marks.contains(appId + "/" + eventId + "/" + consumer);
        }

        @Override
        public void markProcessed(String appId, String eventId, String consumer) {
            marks.add(appId + "/" + eventId + "/" + consumer);
        }
    }
}
