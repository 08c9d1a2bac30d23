package dev.parley.message.pipeline;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.logging.Log;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import dev.parley.model.envelope.EventEnvelope;
import dev.parley.model.message.events.MessageSubmitted;
import dev.parley.platform.events.EventCodec;

/**
 * The sequencer (ADR-0009): consumes {@code im.message.submitted}. The replica that owns a partition owns its
 * conversations. Each submission goes into its conversation's lane ({@link ConversationLanes}); a lane is drained
 * by {@link LaneProcessor} in order, lanes run in parallel, so one slow conversation never holds up another. A
 * record is acknowledged after its sender is answered; Kafka offsets advance only over acknowledged records, so a
 * crash replays every submission not yet answered (the retry records make that harmless). A refusal that a lagging
 * read model may have caused is re-checked off the lane ({@link RefusalRecheck}) while the lane goes on. At most
 * {@value #MAX_IN_FLIGHT} submissions are in flight; beyond that the consumer waits.
 */
@ApplicationScoped
public class Sequencer {
    static final int MAX_IN_FLIGHT = 4_000;
    private static final int DRAIN_MAX = 200;
    private static final int WORKERS = 32;
    private static final long REVOKE_WAIT_MILLIS = 15_000;

    private final EventCodec codec;
    private final LaneProcessor processor;
    private final RefusalRecheck rechecks;
    private final ConversationLanes lanes = new ConversationLanes();
    private final ExecutorService workers = Executors.newFixedThreadPool(WORKERS, runnable -> {
        Thread thread = new Thread(runnable, "sequencer-worker");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicInteger inFlight = new AtomicInteger();
    private final ConcurrentLinkedQueue<CompletableFuture<Void>> waiting = new ConcurrentLinkedQueue<>();
    private final Map<Integer, AtomicInteger> inFlightByPartition = new ConcurrentHashMap<>();
    private final Set<Integer> revoked = ConcurrentHashMap.newKeySet();
    private final Set<Integer> owned = ConcurrentHashMap.newKeySet();
    private volatile boolean assigned;

    Sequencer(EventCodec codec, LaneProcessor processor, RefusalRecheck rechecks) {
        this.codec = codec;
        this.processor = processor;
        this.rechecks = rechecks;
    }

    /**
     * Takes one submission: queues it in its lane and returns at once, unless too many are in flight.
     *
     * @param record the Kafka record
     * @return completes when the consumer may go on
     */
    @Incoming("message-submitted-in")
    public CompletionStage<Void> onSubmission(Message<String> record) {
        MessageSubmitted submission = decode(record.getPayload());
        if (submission == null) {
            return record.ack();
        }
        int partition = record.getMetadata(IncomingKafkaRecordMetadata.class)
                .map(IncomingKafkaRecordMetadata::getPartition)
                .orElse(-1);
        inFlightByPartition.computeIfAbsent(partition, p -> new AtomicInteger()).incrementAndGet();
        Work work = new Work(submission, record, partition);
        if (lanes.offer(work)) {
            workers.execute(() -> drain(work.laneKey()));
        }
        return admit();
    }

    private void drain(String laneKey) {
        List<Work> batch = lanes.take(laneKey, DRAIN_MAX);
        if (batch.isEmpty()) {
            return;
        }
        List<Work> owned =
                batch.stream().filter(w -> !revoked.contains(w.partition())).toList();
        if (owned.size() < batch.size()) {
            batch.stream().filter(w -> revoked.contains(w.partition())).forEach(this::release);
        }
        CompletableFuture<Void> done =
                owned.isEmpty() ? CompletableFuture.completedFuture(null) : processor.process(laneKey, owned, workers);
        done.whenComplete((v, failure) -> {
            for (Work work : owned) {
                if (work.deferred()) {
                    recheck(work); // still in flight: answered or put back into its lane by the re-check
                } else {
                    release(work);
                }
            }
            workers.execute(() -> drain(laneKey));
        });
    }

    /**
     * Re-checks a deferred refusal off the lane: refused for good → answered, acknowledged and released; admissible
     * after all → back into its lane (re-checked, so decided there for good). A partition revoked meanwhile drops it
     * unanswered in the drain, and the next owner replays it.
     */
    private void recheck(Work work) {
        rechecks.recheck(work.app(), work.submission(), work.refusal(), verdict -> {
            if (verdict.code() == 0) {
                work.readmit();
                if (lanes.offer(work)) {
                    workers.execute(() -> drain(work.laneKey()));
                }
            } else {
                processor.refuse(work, verdict);
                release(work);
            }
        });
    }

    private CompletionStage<Void> admit() {
        if (inFlight.incrementAndGet() <= MAX_IN_FLIGHT) {
            return CompletableFuture.completedFuture(null);
        }
        CompletableFuture<Void> admitted = new CompletableFuture<>();
        waiting.add(admitted);
        if (inFlight.get() <= MAX_IN_FLIGHT) {
            wakeOne();
        }
        return admitted;
    }

    private void release(Work work) {
        inFlight.decrementAndGet();
        AtomicInteger count = inFlightByPartition.get(work.partition());
        if (count != null) {
            count.decrementAndGet();
        }
        wakeOne();
    }

    private void wakeOne() {
        CompletableFuture<Void> next = waiting.poll();
        if (next != null) {
            next.complete(null);
        }
    }

    /**
     * Partitions are being taken away: waits (bounded) until their submissions in flight are answered, so the
     * next owner starts after them, then stops handling any still queued (the next owner replays them) and
     * forgets the cached heads.
     */
    void onRevoked(Collection<Integer> partitions) {
        long deadline = System.currentTimeMillis() + REVOKE_WAIT_MILLIS;
        while (System.currentTimeMillis() < deadline && partitions.stream().anyMatch(this::busy)) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        revoked.addAll(partitions);
        owned.removeAll(partitions);
        processor.forgetHeads();
    }

    /** Partitions were assigned: heads are read from Cassandra again. */
    void onAssigned(Collection<Integer> partitions) {
        revoked.removeAll(partitions);
        owned.addAll(partitions);
        processor.forgetHeads();
        assigned = true;
    }

    /** Whether the consumer got its first assignment. */
    boolean assigned() {
        return assigned;
    }

    /** How many partitions of {@code im.message.submitted} this replica owns. */
    int ownedPartitions() {
        return owned.size();
    }

    private boolean busy(int partition) {
        AtomicInteger count = inFlightByPartition.get(partition);
        return count != null && count.get() > 0;
    }

    private MessageSubmitted decode(String value) {
        try {
            EventEnvelope envelope = codec.decode(value);
            if (envelope.payload() instanceof MessageSubmitted s) {
                return s;
            }
        } catch (RuntimeException e) {
            Log.warnf("Skipping an undecodable submission: %s", e.getClass().getSimpleName());
        }
        return null;
    }

    @PreDestroy
    void stop() {
        workers.shutdown();
    }
}
