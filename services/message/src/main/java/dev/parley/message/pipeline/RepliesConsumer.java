package dev.parley.message.pipeline;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import dev.parley.model.envelope.EventEnvelope;
import dev.parley.model.message.events.SendAnswered;
import dev.parley.platform.events.EventCodec;

/**
 * Answers computed by another replica's sequencer, from {@code im.replies} (each replica reads the whole topic with
 * its own consumer group and keeps what is addressed to it).
 */
@ApplicationScoped
public class RepliesConsumer {
    private final EventCodec codec;
    private final PendingReplies pending;

    RepliesConsumer(EventCodec codec, PendingReplies pending) {
        this.codec = codec;
        this.pending = pending;
    }

    /**
     * @param value the record value
     */
    @Incoming("replies-in")
    public void onReply(String value) {
        try {
            EventEnvelope envelope = codec.decode(value);
            if (envelope.payload() instanceof SendAnswered answer
                    && answer.replyTo().equals(pending.replicaId())) {
                pending.complete(
                        answer.submissionId(), (ObjectNode) EventCodec.json().readTree(answer.reply()));
            }
        } catch (Exception e) {
            // not addressed to this replica or unreadable: nothing waits for it here
        }
    }
}
