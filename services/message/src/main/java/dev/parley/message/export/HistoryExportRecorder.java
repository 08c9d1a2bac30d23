package dev.parley.message.export;

import java.time.Duration;
import java.time.Instant;
import jakarta.enterprise.context.ApplicationScoped;

import dev.parley.message.store.HistoryExportStore;
import dev.parley.model.envelope.EventEnvelope;
import dev.parley.model.message.events.MessageCommitted;

/**
 * Records every stored message into its (app, chat type, Beijing hour) for the history download. Other facts, and
 * messages that were not stored (online-only, live rooms), are ignored; so are messages older than the 8 days the
 * records live, which a consumer starting from the beginning of {@code im.message.events} would otherwise replay.
 * Idempotent: a message's record has the message as key.
 */
@ApplicationScoped
public class HistoryExportRecorder {
    /** How long records are kept (the table TTL); hours older than this are never asked for. */
    static final Duration KEPT = Duration.ofDays(8);

    private final HistoryExportStore store;

    HistoryExportRecorder(HistoryExportStore store) {
        this.store = store;
    }

    /**
     * @param envelope any fact of {@code im.message.events}
     */
    public void apply(EventEnvelope envelope) {
        if (!(envelope.payload() instanceof MessageCommitted m) || !m.stored()) {
            return;
        }
        if (Instant.ofEpochSecond(m.msgTime()).isBefore(Instant.now().minus(KEPT))) {
            return;
        }
        store.record(
                m.appId(),
                HistoryRecords.chatType(m),
                HistoryHour.of(m.msgTime()).text(),
                m.msgTime(),
                m.conversationId(),
                m.seq(),
                HistoryRecords.record(m));
    }
}
