package dev.parley.message.pipeline;

import java.util.Collection;
import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.common.annotation.Identifier;
import io.smallrye.reactive.messaging.kafka.KafkaConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;

/**
 * When partitions of {@code im.message.submitted} move between replicas, the sequencer forgets its cached heads and
 * reads them from Cassandra again, so a conversation that comes back never reuses a sequence.
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
        sequencer.forgetHeads();
    }

    @Override
    public void onPartitionsRevoked(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        sequencer.forgetHeads();
    }
}
