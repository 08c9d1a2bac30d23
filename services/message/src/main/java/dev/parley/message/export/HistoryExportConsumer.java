package dev.parley.message.export;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.reactive.messaging.annotations.Blocking;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import dev.parley.platform.events.IdempotentConsumer;

/**
 * Feeds the history download from {@code im.message.events} (consumer group {@code message-history-export}), without
 * processed-event markers: a message's record has the message as key, so a replay rewrites it.
 */
@ApplicationScoped
public class HistoryExportConsumer {
    private final IdempotentConsumer consumer;
    private final HistoryExportRecorder recorder;

    HistoryExportConsumer(IdempotentConsumer consumer, HistoryExportRecorder recorder) {
        this.consumer = consumer;
        this.recorder = recorder;
    }

    /**
     * @param value the record value
     */
    @Incoming("history-export-in")
    @Blocking
    public void onMessageEvent(String value) {
        consumer.consumeIdempotent("message-history-export", value, recorder::apply);
    }
}
