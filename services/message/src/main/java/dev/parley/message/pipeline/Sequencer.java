package dev.parley.message.pipeline;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.logging.Log;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.annotations.Blocking;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;

import dev.parley.message.guard.GroupView;
import dev.parley.message.store.MessageStore;
import dev.parley.message.store.StoredMessage;
import dev.parley.model.envelope.EventEnvelope;
import dev.parley.model.group.GroupType;
import dev.parley.model.message.events.MessageCommitted;
import dev.parley.model.message.events.MessageSubmitted;
import dev.parley.model.message.events.SendAnswered;
import dev.parley.platform.apps.AppDirectory;
import dev.parley.platform.apps.AppInfo;
import dev.parley.platform.events.EventCodec;
import dev.parley.platform.events.EventFactory;
import dev.parley.platform.events.EventFactory.AggregateRef;
import dev.parley.platform.events.EventPublisher;
import dev.parley.platform.events.MonotonicClock;
import dev.parley.platform.tencent.TencentReply;

/**
 * The sequencer (ADR-0009): consumes {@code im.message.submitted} in batches. The replica that owns a partition owns
 * its conversations: per conversation, in order, it answers retries from the retry record, runs the guard and the
 * before-send stage, hands out the next sequence, and stores the message, the head and the retry record in one
 * logged batch; then it publishes the batch's {@link MessageCommitted} facts, waits for Kafka, and only then answers
 * the senders. Conversations of a batch run in parallel; offsets are committed after the batch.
 */
@ApplicationScoped
public class Sequencer {
    private static final int PARALLELISM = 16;

    private final AppDirectory apps;
    private final SendGuard guard;
    private final BeforeSendStage stage;
    private final GroupView groups;
    private final MessageStore store;
    private final PendingReplies pending;
    private final EventCodec codec;
    private final EventFactory events;
    private final EventPublisher publisher;
    private final MonotonicClock clock;
    private final MutinyEmitter<String> committed;
    private final MutinyEmitter<String> replies;
    private final Map<String, Long> heads = new ConcurrentHashMap<>();
    private final ExecutorService workers = Executors.newFixedThreadPool(PARALLELISM);

    Sequencer(
            AppDirectory apps,
            SendGuard guard,
            BeforeSendStage stage,
            GroupView groups,
            MessageStore store,
            PendingReplies pending,
            EventCodec codec,
            EventFactory events,
            EventPublisher publisher,
            MonotonicClock clock,
            @Channel("message-events-out") @OnOverflow(OnOverflow.Strategy.UNBOUNDED_BUFFER)
                    MutinyEmitter<String> committed,
            @Channel("replies-out") @OnOverflow(OnOverflow.Strategy.UNBOUNDED_BUFFER) MutinyEmitter<String> replies) {
        this.apps = apps;
        this.guard = guard;
        this.stage = stage;
        this.groups = groups;
        this.store = store;
        this.pending = pending;
        this.codec = codec;
        this.events = events;
        this.publisher = publisher;
        this.clock = clock;
        this.committed = committed;
        this.replies = replies;
    }

    /** Forgets every cached head, so a partition taken over is sequenced from Cassandra's heads. */
    public void forgetHeads() {
        heads.clear();
    }

    /**
     * @param values a batch of submission envelopes
     */
    @Incoming("message-submitted-in")
    @Blocking("sequencer")
    public void onBatch(List<String> values) {
        Map<String, List<EventEnvelope>> byConversation = new LinkedHashMap<>();
        for (String value : values) {
            try {
                EventEnvelope envelope = codec.decode(value);
                if (envelope.payload() instanceof MessageSubmitted s) {
                    byConversation
                            .computeIfAbsent(s.appId() + ":" + s.conversationId(), k -> new ArrayList<>())
                            .add(envelope);
                }
            } catch (RuntimeException e) {
                Log.warnf("Skipping an undecodable submission: %s", e.getClass().getSimpleName());
            }
        }
        List<CompletableFuture<List<Outcome>>> tasks = new ArrayList<>();
        for (List<EventEnvelope> conversation : byConversation.values()) {
            tasks.add(CompletableFuture.supplyAsync(
                    () -> conversation.stream().map(this::process).toList(), workers));
        }
        List<Outcome> outcomes = new ArrayList<>();
        tasks.forEach(t -> outcomes.addAll(t.join()));
        List<EventEnvelope> facts =
                outcomes.stream().map(Outcome::fact).filter(f -> f != null).toList();
        publisher.publishAll(committed, facts);
        for (Outcome outcome : outcomes) {
            if (outcome.fact() != null) {
                MessageSubmitted s = outcome.submission();
                store.markPublished(s.appId(), s.conversationId(), outcome.dedupeKey());
            }
            answer(outcome);
        }
    }

    private Outcome process(EventEnvelope envelope) {
        MessageSubmitted s = (MessageSubmitted) envelope.payload();
        String dedupeKey = s.fromAccount() + ":" + s.msgRandom() + ":" + s.clientMsgSeq();
        try {
            Optional<MessageStore.Retry> retry = store.retry(s.appId(), s.conversationId(), dedupeKey);
            if (retry.isPresent()) {
                EventEnvelope unpublished =
                        retry.get().published() || retry.get().committed().isEmpty()
                                ? null
                                : codec.decode(retry.get().committed());
                return new Outcome(s, dedupeKey, reply(retry.get().reply()), unpublished);
            }
            Optional<AppInfo> app = apps.find(s.appId());
            if (app.isEmpty()) {
                return new Outcome(s, dedupeKey, internalError(s), null);
            }
            Verdict verdict = guard.check(app.get(), s);
            if (verdict.code() == 0 && !verdict.silent()) {
                Optional<BeforeSendStage.Refusal> refusal = stage.check(s);
                if (refusal.isPresent()) {
                    verdict = Verdict.refuse(refusal.get().code(), refusal.get().info());
                }
            }
            if (verdict.code() != 0) {
                return new Outcome(s, dedupeKey, TencentReply.fail(verdict.code(), verdict.info()), null);
            }
            return verdict.silent() ? unsent(app.get(), s, dedupeKey, verdict) : send(app.get(), s, dedupeKey);
        } catch (RuntimeException e) {
            Log.errorf(e, "App %s: submission to %s failed", s.appId(), s.conversationId());
            return new Outcome(s, dedupeKey, internalError(s), null);
        }
    }

    /** A message that takes a sequence: stored (unless online-only or in a live room), then published. */
    private Outcome send(AppInfo app, MessageSubmitted s, String dedupeKey) {
        boolean group = "GROUP".equals(s.kind());
        boolean live = group
                && groups.group(s.appId(), s.groupId())
                        .map(g -> g.type() == GroupType.AVCHATROOM)
                        .orElse(false);
        boolean takesSequence = !(group && s.onlineOnly());
        long seq = takesSequence ? nextSeq(s.appId(), s.conversationId()) : 0;
        long msgTime = s.msgTime() > 0 ? s.msgTime() : Instant.now().getEpochSecond();
        long msgSeq = group ? seq : s.clientMsgSeq();
        String msgKey = group ? s.groupId() + "_" + seq : msgSeq + "_" + s.msgRandom() + "_" + msgTime;
        boolean inHistory = !s.onlineOnly() && !live;
        MessageCommitted fact = new MessageCommitted(
                s.appId(),
                s.conversationId(),
                s.kind(),
                s.fromAccount(),
                s.toAccount(),
                s.groupId(),
                seq,
                msgSeq,
                s.msgRandom(),
                msgTime,
                msgKey,
                s.msgBody(),
                s.cloudCustomData(),
                s.offlinePushInfo(),
                s.priority(),
                inHistory,
                s.sendMsgControl(),
                dev.parley.model.message.events.SendOptions.of(s.options()));
        EventEnvelope envelope = events.create(
                new AggregateRef("conversation", s.appId() + ":" + s.conversationId(), seq > 0 ? seq : clock.next()),
                s.appId(),
                s.fromAccount(),
                s.submissionId(),
                fact);
        ObjectNode reply = TencentReply.ok();
        reply.put("MsgTime", msgTime);
        if (group) {
            reply.put("MsgSeq", msgSeq);
            reply.put("MsgDropReason", "");
        } else {
            reply.put("MsgKey", msgKey);
        }
        StoredMessage message = takesSequence
                ? new StoredMessage(
                        s.conversationId(),
                        seq,
                        s.kind(),
                        s.fromAccount(),
                        s.toAccount(),
                        msgSeq,
                        s.msgRandom(),
                        msgTime,
                        msgKey,
                        s.msgBody(),
                        s.cloudCustomData() == null ? "" : s.cloudCustomData(),
                        s.priority())
                : null;
        store.commit(
                s.appId(),
                s.conversationId(),
                dedupeKey,
                message,
                inHistory,
                app.settings().historyRetentionDays() * 86_400,
                reply.toString(),
                codec.encode(envelope));
        if (takesSequence) {
            heads.put(s.appId() + ":" + s.conversationId(), seq);
        }
        return new Outcome(s, dedupeKey, reply, envelope);
    }

    /** Success without sending: blacklist "show success" mode, or dropped by frequency control. */
    private Outcome unsent(AppInfo app, MessageSubmitted s, String dedupeKey, Verdict verdict) {
        long msgTime = s.msgTime() > 0 ? s.msgTime() : Instant.now().getEpochSecond();
        ObjectNode reply = TencentReply.ok();
        reply.put("MsgTime", msgTime);
        if ("GROUP".equals(s.kind())) {
            reply.put("MsgSeq", 0);
            reply.put("MsgDropReason", verdict.dropReason());
        } else {
            reply.put("MsgKey", s.clientMsgSeq() + "_" + s.msgRandom() + "_" + msgTime);
        }
        store.commit(s.appId(), s.conversationId(), dedupeKey, null, false, 0, reply.toString(), null);
        return new Outcome(s, dedupeKey, reply, null);
    }

    private long nextSeq(String appId, String conversationId) {
        String key = appId + ":" + conversationId;
        long last = heads.computeIfAbsent(key, k -> store.head(appId, conversationId));
        return last + 1;
    }

    private void answer(Outcome outcome) {
        MessageSubmitted s = outcome.submission();
        if (pending.complete(s.submissionId(), outcome.reply()) || s.replyTo().equals(pending.replicaId())) {
            return; // answered here, or the caller here already gave up
        }
        publisher.publish(
                replies,
                events.create(
                        new AggregateRef("replica", s.replyTo(), clock.next()),
                        s.appId(),
                        null,
                        s.submissionId(),
                        new SendAnswered(
                                s.appId(),
                                s.conversationId(),
                                s.submissionId(),
                                s.replyTo(),
                                outcome.reply().toString())));
    }

    private static ObjectNode internalError(MessageSubmitted s) {
        return "GROUP".equals(s.kind())
                ? TencentReply.fail(10002, "Internal error, please retry with the same Random")
                : TencentReply.fail(90994, "Internal error, please retry with the same MsgRandom");
    }

    private static ObjectNode reply(String json) {
        try {
            return (ObjectNode) EventCodec.json().readTree(json);
        } catch (IOException | ClassCastException e) {
            return JsonNodeFactory.instance.objectNode();
        }
    }

    @PreDestroy
    void stop() {
        workers.shutdown();
    }

    /**
     * What became of one submission.
     *
     * @param submission the submission
     * @param dedupeKey its retry key
     * @param reply the Tencent answer
     * @param fact the committed fact still to publish, null when none
     */
    record Outcome(MessageSubmitted submission, String dedupeKey, ObjectNode reply, EventEnvelope fact) {}
}
