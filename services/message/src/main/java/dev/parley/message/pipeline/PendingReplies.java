package dev.parley.message.pipeline;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * REST calls of this replica waiting for the sequencer's answer, by submission id. The replica id names this
 * process on {@code im.replies}.
 */
@ApplicationScoped
public class PendingReplies {
    private final Map<String, CompletableFuture<ObjectNode>> waiting = new ConcurrentHashMap<>();
    private final String replicaId;

    PendingReplies(@ConfigProperty(name = "parley.message.replica-id") Optional<String> replicaId) {
        this.replicaId = replicaId.filter(id -> !id.isBlank()).orElse("message-" + UUID.randomUUID());
    }

    /** This replica's id. */
    public String replicaId() {
        return replicaId;
    }

    /** Registers a submission and returns the future its answer completes. */
    public CompletableFuture<ObjectNode> expect(String submissionId) {
        CompletableFuture<ObjectNode> future = new CompletableFuture<>();
        waiting.put(submissionId, future);
        future.whenComplete((reply, failure) -> waiting.remove(submissionId));
        return future;
    }

    /** Completes a submission waiting here; false when none waits (another replica, or timed out). */
    public boolean complete(String submissionId, ObjectNode reply) {
        CompletableFuture<ObjectNode> future = waiting.remove(submissionId);
        return future != null && future.complete(reply);
    }

    /** Forgets a submission that timed out. */
    public void forget(String submissionId) {
        waiting.remove(submissionId);
    }
}
