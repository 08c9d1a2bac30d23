package dev.parley.platform.events;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;

/**
 * One poll of a batch channel applied in lanes by record key: the records of one key in their partition order, the
 * keys in parallel on the given executor. A projection whose facts depend only on earlier facts of the same key
 * (a conversation, a group) sees the same order as a record-by-record consumer, but waits for several Cassandra
 * round trips at once and hands each poll, not each record, to a worker thread. Returns when every record was
 * applied, so the channel commits the poll's offsets only then.
 */
public final class KeyedBatch {
    private KeyedBatch() {}

    /**
     * @param records one poll
     * @param lanes runs the lanes (a bounded pool)
     * @param apply applies one record; must not throw (dead-letter poison records itself)
     */
    public static void apply(
            ConsumerRecords<String, String> records, Executor lanes, Consumer<ConsumerRecord<String, String>> apply) {
        Map<String, List<ConsumerRecord<String, String>>> byKey = new LinkedHashMap<>();
        for (ConsumerRecord<String, String> record : records) {
            byKey.computeIfAbsent(String.valueOf(record.key()), k -> new ArrayList<>())
                    .add(record);
        }
        if (byKey.size() == 1) {
            byKey.values().iterator().next().forEach(apply);
            return;
        }
        CompletableFuture<?>[] done = new CompletableFuture<?>[byKey.size()];
        int i = 0;
        for (List<ConsumerRecord<String, String>> lane : byKey.values()) {
            done[i++] = CompletableFuture.runAsync(() -> lane.forEach(apply), lanes);
        }
        CompletableFuture.allOf(done).join();
    }
}
