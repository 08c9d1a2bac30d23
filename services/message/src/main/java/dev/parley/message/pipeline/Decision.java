package dev.parley.message.pipeline;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.parley.message.store.MessageStore;
import dev.parley.model.envelope.EventEnvelope;
import dev.parley.platform.apps.AppInfo;

/** What the sequencer decided for one submission of a drain; filled in step by step. */
final class Decision {
    final Work work;
    /** An earlier submission of the same drain with the same retry key: answered alike. */
    Decision sameAs;
    /** The retry record found, if any. */
    MessageStore.Retry retry;
    /** A committed fact of a retry record to publish (and store) again. */
    EventEnvelope replay;

    AppInfo app;
    Verdict verdict;
    CompletableFuture<Optional<BeforeSendStage.Refusal>> stage;
    /** The answer for the sender. */
    ObjectNode reply;
    /** The fact committed now, null when none. */
    EventEnvelope fact;
    /** Whether a new retry record is written. */
    boolean record;

    Decision(Work work) {
        this.work = work;
    }

    /** The final answer, following {@link #sameAs}. */
    ObjectNode answer() {
        return sameAs != null ? sameAs.answer() : reply;
    }
}
