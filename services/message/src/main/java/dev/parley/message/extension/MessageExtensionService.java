package dev.parley.message.extension;

import java.util.List;
import java.util.Optional;
import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.logging.Log;
import io.smallrye.reactive.messaging.MutinyEmitter;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;

import dev.parley.message.pipeline.Conversations;
import dev.parley.message.store.MessageExtensionStore;
import dev.parley.message.store.MessageExtensionStore.Snapshot;
import dev.parley.message.store.MessageLocator;
import dev.parley.model.envelope.EventEnvelope;
import dev.parley.model.message.events.MessageExtensionsChanged;
import dev.parley.platform.events.EventCodec;
import dev.parley.platform.events.EventFactory;
import dev.parley.platform.events.EventFactory.AggregateRef;
import dev.parley.platform.events.EventPublisher;
import dev.parley.platform.events.MonotonicClock;

/**
 * Message extensions (§5.4): finds the message, reads pages, and applies set/delete/clear calls with optimistic
 * concurrency. A call is decided by {@link ExtensionPlanner} on a serial snapshot and written conditionally on the
 * snapshot's version; when another call won in between, it is decided again on the new snapshot, so of two callers
 * that set one key with the same Seq exactly one wins and the other gets 23001 with the winner's value.
 *
 * <p>Each change is announced as {@link MessageExtensionsChanged} on {@code im.message.events}. The encoded envelope
 * is written in the same conditional batch as the change ({@code pending_event}) and cleared once Kafka
 * acknowledged it; if publishing fails, the next operation on the message publishes it first (at least once; the
 * envelope keeps its event id, so consumers drop the duplicate).
 */
@ApplicationScoped
public class MessageExtensionService {
    /** Races lost in a row before a call gives up and answers every item as a conflict. */
    private static final int ATTEMPTS = 16;

    private final MessageLocator locator;
    private final MessageExtensionStore store;
    private final EventCodec codec;
    private final EventFactory events;
    private final EventPublisher publisher;
    private final MonotonicClock clock;
    private final MutinyEmitter<String> emitter;

    MessageExtensionService(
            MessageLocator locator,
            MessageExtensionStore store,
            EventCodec codec,
            EventFactory events,
            EventPublisher publisher,
            MonotonicClock clock,
            @Channel("message-extensions-out") @OnOverflow(OnOverflow.Strategy.UNBOUNDED_BUFFER)
                    MutinyEmitter<String> emitter) {
        this.locator = locator;
        this.store = store;
        this.codec = codec;
        this.events = events;
        this.publisher = publisher;
        this.clock = clock;
        this.emitter = emitter;
    }

    /**
     * A stored message whose extensions are read or written.
     *
     * @param appId SDKAppID
     * @param conversationId the conversation
     * @param seq the conversation sequence
     * @param msgKey MsgKey
     * @param supportExtension whether it was sent with {@code SupportMessageExtension: 1}
     * @param ttlSeconds the message row's remaining TTL (0: none), carried by every extension write
     * @param recalled whether the message was recalled: its extensions are then neither read nor changed
     */
    public record Target(
            String appId,
            String conversationId,
            long seq,
            String msgKey,
            boolean supportExtension,
            int ttlSeconds,
            boolean recalled) {}

    /**
     * The outcome of a set/delete/clear call.
     *
     * @param tooManyKeys the call would leave more than 300 keys; nothing was written
     * @param results one result per item, in request order
     */
    public record SetOutcome(boolean tooManyKeys, List<ItemResult> results) {}

    /** The one-to-one message {@code from} sent to {@code to} under {@code msgKey}, while it is stored. */
    public Optional<Target> c2c(String appId, String from, String to, String msgKey) {
        return locator.c2c(appId, from, to, msgKey).flatMap(l -> target(appId, l.conversationId(), l.seq()));
    }

    /** The group message {@code msgSeq} of {@code groupId}, while it is stored. */
    public Optional<Target> group(String appId, String groupId, long msgSeq) {
        return msgSeq <= 0 ? Optional.empty() : target(appId, Conversations.group(groupId), msgSeq);
    }

    private Optional<Target> target(String appId, String conversationId, long seq) {
        return store.message(appId, conversationId, seq)
                .map(m -> new Target(
                        appId, conversationId, seq, m.msgKey(), m.supportExtension(), m.ttlSeconds(), m.recalled()));
    }

    /** The page of the target's extensions from {@code startSeq}. */
    public ExtensionPage page(Target target, long startSeq) {
        Snapshot snapshot = store.read(target.appId(), target.conversationId(), target.seq(), false);
        if (!snapshot.pendingEvent().isEmpty()) {
            try {
                publishPending(target, snapshot);
            } catch (RuntimeException e) {
                Log.warnf("App %s: extension event of %s still unpublished", target.appId(), target.conversationId());
            }
        }
        return ExtensionPages.page(snapshot, startSeq);
    }

    /**
     * Applies one call; see the class comment for the concurrency rules.
     *
     * @param operator the administrator who called
     * @param correlationId the request id
     * @throws RuntimeException when Cassandra or Kafka fail before anything was written
     */
    public SetOutcome set(
            Target target, OperateType type, List<ExtensionItem> items, String operator, String correlationId) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Snapshot snapshot = store.read(target.appId(), target.conversationId(), target.seq(), true);
            if (!snapshot.pendingEvent().isEmpty()) {
                // Never overwrite an announcement that Kafka has not acknowledged.
                publishPending(target, snapshot);
            }
            ExtensionPlanner.Plan plan = ExtensionPlanner.plan(snapshot, type, items);
            if (plan.tooManyKeys()) {
                return new SetOutcome(true, List.of());
            }
            if (!plan.writes(type)) {
                return new SetOutcome(false, plan.results());
            }
            EventEnvelope envelope = envelope(target, type, plan, operator, correlationId);
            boolean won = store.write(
                    target.appId(),
                    target.conversationId(),
                    target.seq(),
                    snapshot,
                    plan.latestSeq(),
                    plan.clearSeq(),
                    codec.encode(envelope),
                    plan.changes(),
                    target.ttlSeconds());
            if (won) {
                announce(target, envelope, plan.latestSeq());
                return new SetOutcome(false, plan.results());
            }
        }
        Log.warnf(
                "App %s: extension call on %s lost %d races in a row",
                target.appId(), target.conversationId(), ATTEMPTS);
        Snapshot latest = store.read(target.appId(), target.conversationId(), target.seq(), true);
        return new SetOutcome(false, ExtensionPlanner.conflicts(latest, items));
    }

    private EventEnvelope envelope(
            Target target, OperateType type, ExtensionPlanner.Plan plan, String operator, String correlationId) {
        MessageExtensionsChanged changed = new MessageExtensionsChanged(
                target.appId(),
                target.conversationId(),
                target.seq(),
                target.msgKey(),
                type.code(),
                plan.changes().stream()
                        .map(e -> new MessageExtensionsChanged.Extension(e.key(), e.value(), e.seq()))
                        .toList(),
                plan.clearSeq(),
                operator);
        // The conversation's key keeps the fact ordered with the message's other facts; extension changes take
        // no conversation sequence, so the envelope sequence comes from the clock (as for online-only messages).
        return events.create(
                new AggregateRef("conversation", target.appId() + ":" + target.conversationId(), clock.next()),
                target.appId(),
                operator,
                correlationId,
                changed);
    }

    /** Publishes a won change; a failure is left to the next operation (the change itself is stored). */
    private void announce(Target target, EventEnvelope envelope, long latestSeq) {
        try {
            publisher.publish(emitter, envelope);
            store.markPublished(target.appId(), target.conversationId(), target.seq(), latestSeq, target.ttlSeconds());
        } catch (RuntimeException e) {
            Log.warnf(
                    "App %s: extension change %d of %s stored but not yet published (%s); the next operation"
                            + " publishes it",
                    target.appId(),
                    latestSeq,
                    target.conversationId(),
                    e.getClass().getSimpleName());
        }
    }

    private void publishPending(Target target, Snapshot snapshot) {
        publisher.publish(emitter, codec.decode(snapshot.pendingEvent()));
        store.markPublished(
                target.appId(), target.conversationId(), target.seq(), snapshot.latestSeq(), target.ttlSeconds());
    }
}
