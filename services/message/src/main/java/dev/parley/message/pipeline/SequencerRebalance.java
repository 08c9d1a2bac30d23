package dev.parley.message.pipeline;

import java.util.Collection;
import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.common.annotation.Identifier;
import io.smallrye.reactive.messaging.kafka.KafkaConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;

/**
 * When partitions of {@code im.message.submitted} move between replicas, the sequencer first finishes the
 * submissions in flight of the partitions it gives up, then forgets its cached heads and reads them from Cassandra
 * again, so a conversation that moves never reuses a sequence.
 */
@ApplicationScoped
@Identifier("message-sequencer-rebalance")
public class SequencerRebalance implements KafkaConsumerRebalanceListener {
    private final Sequencer sequencer;

    SequencerRebalance(Sequencer sequencer) {
        this.sequencer = sequencer;
    }

    @Override
    public void onPartitionsAssigned(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        sequencer.onAssigned(partitions.stream().map(TopicPartition::partition).toList());
    }

    @Override
    public void onPartitionsRevoked(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        sequencer.onRevoked(partitions.stream().map(TopicPartition::partition).toList());
    }
}
