package dev.parley.group.app;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.logging.Log;
import io.smallrye.reactive.messaging.MutinyEmitter;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;

import dev.parley.group.domain.Actor;
import dev.parley.group.store.GroupHeads;
import dev.parley.group.store.GroupProjection;
import dev.parley.group.store.GroupStore;
import dev.parley.model.envelope.EventEnvelope;
import dev.parley.model.error.ErrorCode;
import dev.parley.model.group.events.GroupCreated;
import dev.parley.model.group.events.GroupDestroyed;
import dev.parley.model.group.events.GroupEvent;
import dev.parley.platform.apps.AppInfo;
import dev.parley.platform.events.EventFactory;
import dev.parley.platform.events.EventFactory.AggregateRef;
import dev.parley.platform.events.EventPublisher;
import dev.parley.platform.tencent.TencentReply;

/**
 * Runs a command against one group, event-sourced (ADR-0007): read the group at its head version, decide, reserve
 * the next sequences with a lightweight transaction on the head (so two replicas never commit on the same
 * version), publish the facts to {@code im.group.events} and wait for Kafka's acknowledgement, then apply them to
 * the read model and answer. The group service's own consumer applies the same facts again, which heals a crash
 * between publishing and applying; the projection is idempotent.
 */
@ApplicationScoped
public class GroupEngine {
    private static final int ATTEMPTS = 5;
    private static final long APPLY_WAIT_MILLIS = 2_000;

    private final GroupStore store;
    private final GroupHeads heads;
    private final GroupProjection projection;
    private final EventFactory events;
    private final EventPublisher publisher;
    private final GroupCountMeter meter;
    private final MutinyEmitter<String> groupEvents;
    private final ReentrantLock[] locks = new ReentrantLock[1024];

    GroupEngine(
            GroupStore store,
            GroupHeads heads,
            GroupProjection projection,
            EventFactory events,
            EventPublisher publisher,
            GroupCountMeter meter,
            @Channel("group-events-out") @OnOverflow(OnOverflow.Strategy.UNBOUNDED_BUFFER)
                    MutinyEmitter<String> groupEvents) {
        this.store = store;
        this.heads = heads;
        this.projection = projection;
        this.events = events;
        this.publisher = publisher;
        this.meter = meter;
        this.groupEvents = groupEvents;
        for (int i = 0; i < locks.length; i++) {
            locks[i] = new ReentrantLock();
        }
    }

    /**
     * Decides and commits.
     *
     * @param app the app
     * @param actor who acts
     * @param groupId the group
     * @param correlationId request id, for the envelopes
     * @param decider the command's decision
     * @return the Tencent body to answer
     */
    public ObjectNode execute(AppInfo app, Actor actor, String groupId, String correlationId, GroupDecider decider) {
        ReentrantLock lock = locks[Math.floorMod((app.appId() + ":" + groupId).hashCode(), locks.length)];
        lock.lock();
        try {
            for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
                Optional<GroupStore.Head> head = store.head(app.appId(), groupId);
                long version = head.map(GroupStore.Head::version).orElse(0L);
                waitUntilApplied(app.appId(), groupId, version);
                GroupContext context = new GroupContext(
                        app,
                        actor,
                        groupId,
                        store.group(app.appId(), groupId),
                        Instant.now().getEpochSecond(),
                        store);
                Decision decision = decider.decide(context);
                if (decision.events().isEmpty()) {
                    return decision.reply();
                }
                List<GroupEvent> facts = decision.events();
                boolean liveAfter = !(facts.get(facts.size() - 1) instanceof GroupDestroyed);
                boolean reserved = head.isEmpty()
                        ? heads.create(app.appId(), groupId, facts.size(), liveAfter)
                        : heads.advance(app.appId(), groupId, version, version + facts.size(), liveAfter);
                if (!reserved) {
                    continue; // another replica committed on this version: decide again on the new state
                }
                commit(app, actor, groupId, correlationId, version, facts);
                return decision.reply();
            }
            return TencentReply.fail(ErrorCode.GROUP_FREQUENCY_LIMITED, "Group is busy, please retry");
        } finally {
            lock.unlock();
        }
    }

    private void commit(
            AppInfo app, Actor actor, String groupId, String correlationId, long version, List<GroupEvent> facts) {
        List<EventEnvelope> envelopes = new ArrayList<>();
        long sequence = version;
        for (GroupEvent fact : facts) {
            envelopes.add(events.create(
                    new AggregateRef("group", app.appId() + ":" + groupId, ++sequence),
                    app.appId(),
                    actor.userId(),
                    correlationId,
                    fact));
        }
        publisher.publishAll(groupEvents, envelopes);
        envelopes.forEach(projection::apply);
        if (facts.stream().anyMatch(f -> f instanceof GroupCreated || f instanceof GroupDestroyed)) {
            meter.measure(app.appId());
        }
    }

    /**
     * A head ahead of the applied version means a commit between reservation and application (another replica
     * mid-command, or one that crashed). Wait for the projection; after the timeout, decide on what is applied.
     */
    private void waitUntilApplied(String appId, String groupId, long headVersion) {
        long deadline = System.currentTimeMillis() + APPLY_WAIT_MILLIS;
        while (true) {
            long applied =
                    store.groupRow(appId, groupId).map(g -> g.state().version()).orElse(0L);
            if (applied >= headVersion) {
                return;
            }
            if (System.currentTimeMillis() > deadline) {
                Log.warnf(
                        "Group %s of app %s: head version %d ahead of applied %d; deciding on the applied state",
                        groupId, appId, headVersion, applied);
                return;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
