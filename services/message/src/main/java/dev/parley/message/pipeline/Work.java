package dev.parley.message.pipeline;

import org.eclipse.microprofile.reactive.messaging.Message;

import dev.parley.model.message.events.MessageSubmitted;
import dev.parley.model.message.events.SendOptions;
import dev.parley.platform.apps.AppInfo;

/**
 * One submission waiting in its conversation's lane. A submission whose refusal is being re-checked off the lane
 * ({@link RefusalRecheck}) is <em>deferred</em>: its drain ends without answering it, and it stays in flight (not
 * acknowledged) until the re-check answers it or puts it back into its lane, <em>re-checked</em>, where it is decided
 * like any other submission but never deferred again.
 */
final class Work {
    private final MessageSubmitted submission;
    private final Message<String> record;
    private final int partition;
    private volatile boolean deferred;
    private volatile boolean rechecked;
    private volatile AppInfo app;
    private volatile Verdict refusal;

    /**
     * @param submission the submission
     * @param record the Kafka record it came in, acknowledged once the sender is answered
     * @param partition the record's partition of {@code im.message.submitted}
     */
    Work(MessageSubmitted submission, Message<String> record, int partition) {
        this.submission = submission;
        this.record = record;
        this.partition = partition;
    }

    /** The submission. */
    MessageSubmitted submission() {
        return submission;
    }

    /** The Kafka record it came in. */
    Message<String> record() {
        return record;
    }

    /** The record's partition of {@code im.message.submitted}. */
    int partition() {
        return partition;
    }

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

    /** Whether its refusal is being re-checked off the lane: its drain neither answers nor releases it. */
    boolean deferred() {
        return deferred;
    }

    /** Whether it was re-checked already: a refusal now is final. */
    boolean rechecked() {
        return rechecked;
    }

    /** The app, once the drain that deferred it found it. */
    AppInfo app() {
        return app;
    }

    /** The refusal being re-checked, null unless deferred. */
    Verdict refusal() {
        return refusal;
    }

    /** Marks it deferred: {@code refusal} is to be re-checked off the lane. */
    void defer(AppInfo app, Verdict refusal) {
        this.app = app;
        this.refusal = refusal;
        deferred = true;
    }

    /** The re-check found it admissible: back into the lane, decided like any other but never deferred again. */
    void readmit() {
        rechecked = true;
        deferred = false;
    }
}
