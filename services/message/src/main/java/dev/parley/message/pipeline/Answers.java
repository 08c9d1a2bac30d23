package dev.parley.message.pipeline;

import java.util.List;
import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.logging.Log;
import io.smallrye.reactive.messaging.MutinyEmitter;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;

import dev.parley.model.message.events.MessageSubmitted;
import dev.parley.model.message.events.SendAnswered;
import dev.parley.platform.events.EventFactory;
import dev.parley.platform.events.EventFactory.AggregateRef;
import dev.parley.platform.events.EventPublisher;
import dev.parley.platform.events.MonotonicClock;

/**
 * Brings the sequencer's answer to the REST call waiting for it: in-process when that call waits on this replica,
 * otherwise as {@link SendAnswered} on {@code im.replies} for the replica named in {@code replyTo}.
 */
@ApplicationScoped
class Answers {
    private final PendingReplies pending;
    private final EventFactory events;
    private final EventPublisher publisher;
    private final MonotonicClock clock;
    private final MutinyEmitter<String> replies;

    Answers(
            PendingReplies pending,
            EventFactory events,
            EventPublisher publisher,
            MonotonicClock clock,
            @Channel("replies-out") @OnOverflow(OnOverflow.Strategy.UNBOUNDED_BUFFER) MutinyEmitter<String> replies) {
        this.pending = pending;
        this.events = events;
        this.publisher = publisher;
        this.clock = clock;
        this.replies = replies;
    }

    /** Answers one submission; never throws. */
    void answer(MessageSubmitted s, ObjectNode reply) {
        if (pending.complete(s.submissionId(), reply) || s.replyTo().equals(pending.replicaId())) {
            return; // answered here, or the caller here already gave up
        }
        publisher
                .publishAllAsync(
                        replies,
                        List.of(events.create(
                                new AggregateRef("replica", s.replyTo(), clock.next()),
                                s.appId(),
                                null,
                                s.submissionId(),
                                new SendAnswered(
                                        s.appId(),
                                        s.conversationId(),
                                        s.submissionId(),
                                        s.replyTo(),
                                        reply.toString()))))
                .whenComplete((done, failure) -> {
                    if (failure != null) {
                        Log.warnf(
                                "App %s: the answer to submission %s was not sent: %s",
                                s.appId(), s.submissionId(), failure.toString());
                    }
                });
    }
}
