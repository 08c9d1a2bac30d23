package dev.parley.message.pipeline;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.smallrye.reactive.messaging.MutinyEmitter;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;

import dev.parley.model.message.events.MessageSubmitted;
import dev.parley.platform.events.EventFactory;
import dev.parley.platform.events.EventFactory.AggregateRef;
import dev.parley.platform.events.EventPublisher;
import dev.parley.platform.events.MonotonicClock;

/**
 * The door side of the send pipeline: publishes a submission to {@code im.message.submitted} keyed by
 * appId:conversationId and waits for the sequencer's answer. No answer in time means "retry with the same
 * MsgRandom", which the sequencer answers from its retry record.
 */
@ApplicationScoped
public class Submitter {
    private static final long WAIT_MILLIS = 2_500;

    private final EventFactory events;
    private final EventPublisher publisher;
    private final MonotonicClock clock;
    private final PendingReplies pending;
    private final MutinyEmitter<String> submitted;

    Submitter(
            EventFactory events,
            EventPublisher publisher,
            MonotonicClock clock,
            PendingReplies pending,
            @Channel("message-submitted-out") @OnOverflow(OnOverflow.Strategy.UNBOUNDED_BUFFER)
                    MutinyEmitter<String> submitted) {
        this.events = events;
        this.publisher = publisher;
        this.clock = clock;
        this.pending = pending;
        this.submitted = submitted;
    }

    /** The replica id to put in {@link MessageSubmitted#replyTo()}. */
    public String replicaId() {
        return pending.replicaId();
    }

    /**
     * Submits and waits.
     *
     * @return the Tencent answer, empty when none came in time
     */
    public Optional<ObjectNode> submit(MessageSubmitted submission, String requestId) {
        try {
            return submitAsync(submission, requestId).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (ExecutionException e) {
            return Optional.empty();
        }
    }

    /**
     * Submits without blocking (batch sends submit many at once).
     *
     * @return completes with the Tencent answer, or empty when none came within 2.5 s; never exceptionally
     */
    public CompletableFuture<Optional<ObjectNode>> submitAsync(MessageSubmitted submission, String requestId) {
        CompletableFuture<ObjectNode> answer = pending.expect(submission.submissionId());
        publisher
                .publishAllAsync(
                        submitted,
                        List.of(events.create(
                                new AggregateRef(
                                        "conversation",
                                        submission.appId() + ":" + submission.conversationId(),
                                        clock.next()),
                                submission.appId(),
                                submission.fromAccount(),
                                requestId,
                                submission)))
                .whenComplete((sent, failure) -> {
                    if (failure != null) {
                        answer.completeExceptionally(failure);
                    }
                });
        return answer.orTimeout(WAIT_MILLIS, TimeUnit.MILLISECONDS).handle((reply, failure) -> {
            pending.forget(submission.submissionId());
            return failure == null ? Optional.of(reply) : Optional.<ObjectNode>empty();
        });
    }
}
