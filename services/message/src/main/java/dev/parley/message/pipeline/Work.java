package dev.parley.message.pipeline;

import org.eclipse.microprofile.reactive.messaging.Message;

import dev.parley.model.message.events.MessageSubmitted;
import dev.parley.model.message.events.SendOptions;

/**
 * One submission waiting in its conversation's lane.
 *
 * @param submission the submission
 * @param record the Kafka record it came in, acknowledged once the sender is answered
 * @param partition the record's partition of {@code im.message.submitted}
 */
record Work(MessageSubmitted submission, Message<String> record, int partition) {
    /** The retry key: sender, MsgRandom and MsgSeq (C2C: the caller's or the derived one; groups: 0). */
    String dedupeKey() {
        return submission.fromAccount() + ":" + submission.msgRandom() + ":" + submission.clientMsgSeq();
    }

    /** The lane key, appId:conversationId. */
    String laneKey() {
        return submission.appId() + ":" + submission.conversationId();
    }

    /** The submission's options, never null. */
    SendOptions options() {
        return SendOptions.of(submission.options());
    }

    /** Whether this is a group message. */
    boolean group() {
        return "GROUP".equals(submission.kind());
    }
}
