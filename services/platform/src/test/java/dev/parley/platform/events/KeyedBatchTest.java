package dev.parley.platform.events;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A poll applied in lanes by key: each key's records in order, every record once, the keys at the same time. */
class KeyedBatchTest {
    private final ExecutorService pool = Executors.newFixedThreadPool(4);

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    @Test
    void should_apply_every_record_once_keeping_each_keys_order() {
        List<ConsumerRecord<String, String>> polled = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            String key = "app:c" + (i % 7);
            polled.add(new ConsumerRecord<>("t", (i % 7) % 3, i, key, key + "#" + i)); // a key has one partition
        }
        Map<String, List<String>> seen = Collections.synchronizedMap(new HashMap<>());

        KeyedBatch.apply(
                poll(polled),
                pool,
                r -> seen.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(r.value()));

        assertThat(seen).hasSize(7);
        for (Map.Entry<String, List<String>> lane : seen.entrySet()) {
            List<String> expected = polled.stream()
                    .filter(r -> r.key().equals(lane.getKey()))
                    .map(ConsumerRecord::value)
                    .toList();
            assertThat(lane.getValue()).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void should_run_different_keys_at_the_same_time() {
        // Both lanes must be inside the handler together to get past the latch: a serial loop would wait forever.
        CountDownLatch both = new CountDownLatch(2);
        List<ConsumerRecord<String, String>> polled =
                List.of(new ConsumerRecord<>("t", 0, 0, "a", "1"), new ConsumerRecord<>("t", 1, 0, "b", "2"));
        List<String> applied = Collections.synchronizedList(new ArrayList<>());

        KeyedBatch.apply(poll(polled), pool, r -> {
            both.countDown();
            try {
                assertThat(both.await(10, TimeUnit.SECONDS)).isTrue();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            applied.add(r.value());
        });

        assertThat(applied).containsExactlyInAnyOrder("1", "2");
    }

    private static ConsumerRecords<String, String> poll(List<ConsumerRecord<String, String>> records) {
        Map<TopicPartition, List<ConsumerRecord<String, String>>> byPartition = new HashMap<>();
        for (ConsumerRecord<String, String> r : records) {
            byPartition
                    .computeIfAbsent(new TopicPartition(r.topic(), r.partition()), k -> new ArrayList<>())
                    .add(r);
        }
        return new ConsumerRecords<>(byPartition);
    }
}
