package dev.parley.message.pipeline;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.logging.Log;
import io.smallrye.reactive.messaging.MutinyEmitter;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;

import dev.parley.message.guard.DrainGroupView;
import dev.parley.message.guard.DrainRelationView;
import dev.parley.message.guard.GroupView;
import dev.parley.message.guard.RelationView;
import dev.parley.message.store.MessageStore;
import dev.parley.message.store.StoredMessage;
import dev.parley.model.envelope.EventEnvelope;
import dev.parley.model.group.GroupType;
import dev.parley.model.message.events.MessageCommitted;
import dev.parley.model.message.events.MessageSubmitted;
import dev.parley.model.message.events.SendOptions;
import dev.parley.platform.apps.AppDirectory;
import dev.parley.platform.apps.AppInfo;
import dev.parley.platform.events.EventCodec;
import dev.parley.platform.events.EventFactory;
import dev.parley.platform.events.EventFactory.AggregateRef;
import dev.parley.platform.events.EventPublisher;
import dev.parley.platform.events.MonotonicClock;
import dev.parley.platform.tencent.TencentReply;

/**
 * One drain of a conversation lane (ADR-0009): the submissions queued for one conversation, in order. Reads the
 * head (unless cached) and the retry records at once; answers retries from their record; runs the guard and then
 * the before-send stage without holding a thread while the stage works (a refusal that a lagging read model may
 * have caused is deferred to {@link RefusalRecheck} instead of holding the lane); hands out the next sequences; writes the
 * head, then the retry records (the commit point), then the messages and the committed facts together, waiting for
 * Cassandra and Kafka; only then answers the senders and acknowledges their records.
 */
@ApplicationScoped
class LaneProcessor {
    private static final int MIN_RETRY_TTL = 7 * 86_400;

    private final AppDirectory apps;
    private final SendGuard guard;
    private final BeforeSendStage stage;
    private final GroupView groups;
    private final RelationView relations;
    private final MessageStore store;
    private final Answers answers;
    private final EventCodec codec;
    private final EventFactory events;
    private final EventPublisher publisher;
    private final MonotonicClock clock;
    private final MutinyEmitter<String> committed;
    private final LoadShedding shedding;
    private final Map<String, Long> heads = new ConcurrentHashMap<>();

    LaneProcessor(
            AppDirectory apps,
            SendGuard guard,
            BeforeSendStage stage,
            GroupView groups,
            RelationView relations,
            MessageStore store,
            Answers answers,
            EventCodec codec,
            EventFactory events,
            EventPublisher publisher,
            MonotonicClock clock,
            @Channel("message-events-out") @OnOverflow(OnOverflow.Strategy.UNBOUNDED_BUFFER)
                    MutinyEmitter<String> committed,
            LoadShedding shedding) {
        this.apps = apps;
        this.guard = guard;
        this.stage = stage;
        this.groups = groups;
        this.relations = relations;
        this.store = store;
        this.answers = answers;
        this.codec = codec;
        this.events = events;
        this.publisher = publisher;
        this.clock = clock;
        this.committed = committed;
        this.shedding = shedding;
    }

    /** Forgets every cached head, so a partition taken over is sequenced from Cassandra's heads. */
    void forgetHeads() {
        heads.clear();
    }

    /**
     * Handles one drain. Never completes exceptionally: on a failure every submission not yet answered gets
     * "internal error, retry with the same MsgRandom" (its retry record, if written, answers the retry).
     */
    CompletableFuture<Void> process(String laneKey, List<Work> batch, Executor workers) {
        try {
            return start(laneKey, batch, workers);
        } catch (RuntimeException e) {
            // e.g. the Cassandra session not ready yet: starting a read throws before any future exists
            MessageSubmitted first = batch.get(0).submission();
            Log.errorf(
                    "App %s: %d submission(s) to %s could not start: %s",
                    first.appId(), batch.size(), first.conversationId(), e.toString());
            finish(batch.stream().map(Decision::new).toList(), true);
            return CompletableFuture.completedFuture(null);
        }
    }

    private CompletableFuture<Void> start(String laneKey, List<Work> batch, Executor workers) {
        MessageSubmitted first = batch.get(0).submission();
        String appId = first.appId();
        String conversationId = first.conversationId();
        Long cached = heads.get(laneKey);
        CompletableFuture<Long> head = cached != null
                ? CompletableFuture.completedFuture(cached)
                : store.headAsync(appId, conversationId).toCompletableFuture();
        List<CompletableFuture<Optional<MessageStore.Retry>>> retries = new ArrayList<>();
        for (Work work : batch) {
            retries.add(
                    store.retryAsync(appId, conversationId, work.dedupeKey()).toCompletableFuture());
        }
        List<Decision> decisions = batch.stream().map(Decision::new).toList();
        GroupView view = new DrainGroupView(groups);
        DrainRelationView relationView = new DrainRelationView(relations);
        List<CompletableFuture<?>> reads = new ArrayList<>(retries);
        reads.add(head);
        for (Work work : batch) {
            MessageSubmitted s = work.submission();
            if (!work.group() && !work.options().imported() && !work.options().system()) {
                reads.add(relationView.prefetchBlocks(appId, s.toAccount(), s.fromAccount()));
            }
        }
        return CompletableFuture.allOf(reads.toArray(CompletableFuture[]::new))
                .thenComposeAsync(
                        ignored -> {
                            for (int i = 0; i < decisions.size(); i++) {
                                decisions.get(i).retry = retries.get(i).join().orElse(null);
                            }
                            return decide(decisions, view, relationView);
                        },
                        workers)
                .thenComposeAsync(ignored -> commit(laneKey, head.join(), decisions, view, workers), workers)
                .handleAsync(
                        (done, failure) -> {
                            if (failure != null) {
                                Log.errorf(
                                        failure,
                                        "App %s: %d submission(s) to %s failed",
                                        appId,
                                        decisions.size(),
                                        conversationId);
                            }
                            finish(decisions, failure != null);
                            return null;
                        },
                        workers);
    }

    /** Retries, guard and before-send stage, in order; completes when every stage answered. */
    private CompletableFuture<Void> decide(List<Decision> decisions, GroupView view, RelationView relationView) {
        Map<String, Decision> byKey = new HashMap<>();
        List<CompletableFuture<?>> stages = new ArrayList<>();
        for (Decision d : decisions) {
            MessageSubmitted s = d.work.submission();
            Decision earlier = byKey.putIfAbsent(d.work.dedupeKey(), d);
            if (earlier != null) {
                d.sameAs = earlier;
                continue;
            }
            if (d.retry != null) {
                d.reply = parse(d.retry.reply());
                d.replay = d.retry.committed().isEmpty() ? null : codec.decode(d.retry.committed());
                continue;
            }
            if (shedding.shed(s.submittedAt(), System.currentTimeMillis())) {
                d.reply = internalError(s); // what its caller was answered; no record, so a retry is judged again
                continue;
            }
            Optional<AppInfo> app = apps.find(s.appId());
            if (app.isEmpty()) {
                d.reply = internalError(s);
                continue;
            }
            d.app = app.get();
            SendOptions options = d.work.options();
            d.verdict =
                    options.imported() || options.system() ? Verdict.ACCEPT : guard.check(d.app, s, view, relationView);
            if (d.verdict.recheck() && !d.work.rechecked()) {
                d.work.defer(d.app, d.verdict); // re-checked off the lane once this drain is over (RefusalRecheck)
                continue;
            }
            boolean callback = !options.imported()
                    && !options.system()
                    && !options.forbidCallback().contains("ForbidBeforeSendMsgCallback");
            if (d.verdict.code() == 0 && !d.verdict.silent() && callback) {
                d.stage = stage.check(s).toCompletableFuture();
                stages.add(d.stage);
            }
        }
        return CompletableFuture.allOf(stages.toArray(CompletableFuture[]::new));
    }

    /** Sequences, writes head → retry records → messages, publishes, in this order. */
    private CompletableFuture<Void> commit(
            String laneKey, long loadedHead, List<Decision> decisions, GroupView view, Executor workers) {
        long head = heads.computeIfAbsent(laneKey, k -> loadedHead);
        long firstHead = head;
        String appId = decisions.get(0).work.submission().appId();
        String conversationId = decisions.get(0).work.submission().conversationId();
        List<EventEnvelope> facts = new ArrayList<>();
        List<String> encodedFacts = new ArrayList<>();
        List<Supplier<CompletableFuture<Void>>> retryWrites = new ArrayList<>();
        List<Supplier<CompletableFuture<Void>>> messageWrites = new ArrayList<>();
        for (Decision d : decisions) {
            if (d.sameAs != null || d.work.deferred()) {
                continue;
            }
            if (d.retry != null) {
                if (d.replay != null) {
                    facts.add(d.replay);
                    encodedFacts.add(d.retry.committed());
                    if (d.replay.payload() instanceof MessageCommitted fact && fact.stored()) {
                        Optional<AppInfo> app = apps.find(appId);
                        app.ifPresent(a -> messageWrites.add(() -> writeMessage(a, fact)));
                    }
                }
                continue;
            }
            if (d.reply != null) {
                continue; // unknown app
            }
            Verdict verdict = d.verdict;
            if (verdict.code() == 0 && d.stage != null) {
                Optional<BeforeSendStage.Refusal> refusal = d.stage.join();
                if (refusal.isPresent()) {
                    verdict = Verdict.refuse(refusal.get().code(), refusal.get().info());
                }
            }
            MessageSubmitted s = d.work.submission();
            if (verdict.code() != 0) {
                d.reply = TencentReply.fail(verdict.code(), verdict.info());
                continue; // refusals keep no record: a retry is judged again
            }
            if (verdict.silent()) {
                d.reply = unsentReply(s, verdict);
                retryWrites.add(retryWrite(d, 0, ""));
                continue;
            }
            boolean group = d.work.group();
            SendOptions options = d.work.options();
            boolean takesSequence = !options.system() && !(group && s.onlineOnly());
            long seq = takesSequence ? ++head : 0;
            boolean live = group
                    && view.group(s.appId(), s.groupId())
                            .map(g -> g.type() == GroupType.AVCHATROOM)
                            .orElse(false);
            MessageCommitted fact = fact(s, seq, group, !s.onlineOnly() && !live && takesSequence, options);
            d.fact = events.create(
                    new AggregateRef("conversation", laneKey, seq > 0 ? seq : clock.next()),
                    s.appId(),
                    s.fromAccount(),
                    s.submissionId(),
                    fact);
            d.reply = sentReply(fact, group);
            String encoded = codec.encode(d.fact);
            facts.add(d.fact);
            encodedFacts.add(encoded);
            retryWrites.add(retryWrite(d, seq, encoded));
            if (fact.stored()) {
                AppInfo app = d.app;
                messageWrites.add(() -> writeMessage(app, fact));
            }
        }
        heads.put(laneKey, head);
        long lastSeq = head;
        CompletableFuture<Void> headWritten = lastSeq > firstHead
                ? store.writeHead(appId, conversationId, lastSeq).toCompletableFuture()
                : CompletableFuture.completedFuture(null);
        // Rows and facts go out together once the retry records (the commit point) are written: if either fails,
        // the senders are told to retry, and the retry finds its record, re-writes the row and re-publishes the same
        // fact (same event id), so neither order between them matters nor is anything lost.
        return headWritten
                .thenComposeAsync(v -> all(retryWrites), workers)
                .thenComposeAsync(
                        v -> CompletableFuture.allOf(
                                all(messageWrites),
                                facts.isEmpty()
                                        ? CompletableFuture.completedFuture(null)
                                        : publisher.publishEncodedAsync(committed, facts, encodedFacts)),
                        workers);
    }

    /** Starts the writes and completes when all are done. */
    private static CompletableFuture<Void> all(List<Supplier<CompletableFuture<Void>>> writes) {
        return CompletableFuture.allOf(writes.stream().map(Supplier::get).toArray(CompletableFuture[]::new));
    }

    /**
     * The retry record of a decision, to be started after the head is written.
     *
     * @param encoded the committed fact as published, "" when nothing was sent
     */
    private Supplier<CompletableFuture<Void>> retryWrite(Decision d, long seq, String encoded) {
        d.record = true;
        MessageSubmitted s = d.work.submission();
        int ttl = Math.max(MIN_RETRY_TTL, d.app.settings().historyRetentionDays() * 86_400);
        String reply = d.reply.toString();
        return () -> store.writeRetry(s.appId(), s.conversationId(), d.work.dedupeKey(), seq, reply, encoded, ttl)
                .toCompletableFuture();
    }

    private CompletableFuture<Void> writeMessage(AppInfo app, MessageCommitted fact) {
        StoredMessage row = new StoredMessage(
                fact.conversationId(),
                fact.seq(),
                fact.kind(),
                fact.fromAccount(),
                fact.toAccount(),
                fact.msgSeq(),
                fact.msgRandom(),
                fact.msgTime(),
                fact.msgKey(),
                fact.msgBody(),
                fact.cloudCustomData() == null ? "" : fact.cloudCustomData(),
                fact.priority());
        return store.writeMessage(
                        app.appId(),
                        row,
                        SendOptions.of(fact.options()),
                        app.settings().historyRetentionDays() * 86_400)
                .toCompletableFuture();
    }

    private static MessageCommitted fact(
            MessageSubmitted s, long seq, boolean group, boolean stored, SendOptions options) {
        long msgTime = s.msgTime() > 0 ? s.msgTime() : Instant.now().getEpochSecond();
        long msgSeq = group ? seq : s.clientMsgSeq();
        String msgKey = group ? s.groupId() + "_" + seq : msgSeq + "_" + s.msgRandom() + "_" + msgTime;
        return new MessageCommitted(
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
                stored,
                s.sendMsgControl(),
                options);
    }

    private static ObjectNode sentReply(MessageCommitted fact, boolean group) {
        ObjectNode reply = TencentReply.ok();
        reply.put("MsgTime", fact.msgTime());
        if (group) {
            reply.put("MsgSeq", fact.msgSeq());
            reply.put("MsgDropReason", "");
        } else {
            reply.put("MsgKey", fact.msgKey());
        }
        return reply;
    }

    /** Success without sending: blacklist "show success" mode, or dropped by frequency control. */
    private static ObjectNode unsentReply(MessageSubmitted s, Verdict verdict) {
        long msgTime = s.msgTime() > 0 ? s.msgTime() : Instant.now().getEpochSecond();
        ObjectNode reply = TencentReply.ok();
        reply.put("MsgTime", msgTime);
        if ("GROUP".equals(s.kind())) {
            reply.put("MsgSeq", 0);
            reply.put("MsgDropReason", verdict.dropReason());
        } else {
            reply.put("MsgKey", s.clientMsgSeq() + "_" + s.msgRandom() + "_" + msgTime);
        }
        return reply;
    }

    /**
     * Answers every submission and acknowledges its record; on failure, unanswered ones get "retry". Deferred ones
     * are left to their re-check.
     */
    private void finish(List<Decision> decisions, boolean failed) {
        for (Decision d : decisions) {
            if (d.work.deferred()) {
                continue;
            }
            MessageSubmitted s = d.work.submission();
            ObjectNode reply = failed && d.retry == null ? internalError(s) : d.answer();
            if (reply == null) {
                reply = internalError(s);
            }
            answers.answer(s, reply);
            d.work.record().ack();
        }
    }

    /** Answers a deferred submission whose refusal held through its re-check, and acknowledges its record. */
    void refuse(Work work, Verdict verdict) {
        answers.answer(work.submission(), TencentReply.fail(verdict.code(), verdict.info()));
        work.record().ack();
    }

    static ObjectNode internalError(MessageSubmitted s) {
        return "GROUP".equals(s.kind())
                ? TencentReply.fail(10002, "Internal error, please retry with the same Random")
                : TencentReply.fail(90994, "Internal error, please retry with the same MsgRandom");
    }

    private static ObjectNode parse(String json) {
        try {
            return (ObjectNode) EventCodec.json().readTree(json);
        } catch (IOException | ClassCastException e) {
            return JsonNodeFactory.instance.objectNode();
        }
    }
}
