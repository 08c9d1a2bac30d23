package dev.parley.group.ops;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.logging.Log;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import dev.parley.group.store.GroupProjection;
import dev.parley.model.Topics;
import dev.parley.model.envelope.EventEnvelope;
import dev.parley.platform.cassandra.Cql;
import dev.parley.platform.events.EventCodec;

/**
 * Rebuilds the group read model from {@code im.group.events} alone: truncates the projection tables, then reads
 * the topic from the first offset to the current end and applies every fact. The commit heads and the account copy
 * are kept (they are not derived from the group stream). Run it with no group traffic.
 */
@ApplicationScoped
public class ReadModelRebuilder {
    static final List<String> TABLES = List.of(
            "groups",
            "group_members",
            "user_groups",
            "app_groups",
            "join_requests",
            "group_attrs",
            "live_presence",
            "user_live_room");

    private final Cql cql;
    private final GroupProjection projection;
    private final EventCodec codec;
    private final String bootstrap;

    ReadModelRebuilder(
            Cql cql,
            GroupProjection projection,
            EventCodec codec,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrap) {
        this.cql = cql;
        this.projection = projection;
        this.codec = codec;
        this.bootstrap = bootstrap;
    }

    /**
     * The outcome of a rebuild.
     *
     * @param records records read from the topic
     * @param applied facts applied (records that were not group facts are skipped)
     * @param millis time taken
     */
    public record Result(long records, long applied, long millis) {}

    /** Truncates and replays. */
    public synchronized Result rebuild() {
        long start = System.currentTimeMillis();
        for (String table : TABLES) {
            cql.session().execute("TRUNCATE " + cql.keyspace() + "." + table);
        }
        long records = 0;
        long applied = 0;
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(properties())) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.GROUP_EVENTS).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    records++;
                    EventEnvelope envelope;
                    try {
                        envelope = codec.decode(record.value());
                    } catch (RuntimeException e) {
                        continue; // poison records are the DLQ's business, not the read model's
                    }
                    projection.apply(envelope);
                    applied++;
                }
            }
        }
        long millis = System.currentTimeMillis() - start;
        Log.infof("Group read model rebuilt: %d records, %d facts applied in %d ms", records, applied, millis);
        return new Result(records, applied, millis);
    }

    private Properties properties() {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "group-rebuild-" + UUID.randomUUID());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "2000");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        return props;
    }
}
