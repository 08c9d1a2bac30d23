package dev.parley.message.export;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.reactive.messaging.annotations.Blocking;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import dev.parley.message.facts.MessageFactLanes;

/**
 * Feeds the history download from {@code im.message.events} (consumer group {@code message-history-export}), a poll
 * at a time in lanes by conversation ({@link MessageFactLanes}), without processed-event markers: a message's record
 * has the message as key, so a replay rewrites it.
 */
@ApplicationScoped
public class HistoryExportConsumer {
    private final MessageFactLanes lanes;
    private final HistoryExportRecorder recorder;

    HistoryExportConsumer(MessageFactLanes lanes, HistoryExportRecorder recorder) {
        this.lanes = lanes;
        this.recorder = recorder;
    }

    /**
     * @param records one poll of {@code im.message.events}
     */
    @Incoming("history-export-in")
    @Blocking
    public void onMessageEvents(ConsumerRecords<String, String> records) {
        lanes.apply("message-history-export", records, recorder::apply);
    }
}
