package dev.parley.platform.apps;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.logging.Log;
import io.smallrye.common.annotation.Blocking;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import dev.parley.model.app.events.AppRegistered;
import dev.parley.model.envelope.EventEnvelope;
import dev.parley.platform.events.IdempotentConsumer;

/**
 * Builds every service's app directory from {@code im.app.events} (channel {@code app-events-in}, one consumer
 * group per service, dead letters to {@code im.app.events.dlq.<service>}).
 */
@ApplicationScoped
public class AppDirectoryConsumer {
    static final String CONSUMER = "app-directory";

    private final IdempotentConsumer consumer;
    private final AppDirectoryStore store;

    AppDirectoryConsumer(IdempotentConsumer consumer, AppDirectoryStore store) {
        this.consumer = consumer;
        this.store = store;
    }

    /**
     * @param value the record value (an envelope)
     */
    @Incoming("app-events-in")
    @Blocking
    public void onAppEvent(String value) {
        consumer.consume(CONSUMER, value, this::apply);
    }

    private void apply(EventEnvelope envelope) {
        if (envelope.payload() instanceof AppRegistered registered) {
            boolean inserted = store.insertIfAbsent(
                    new AppInfo(
                            registered.appId(),
                            registered.name(),
                            registered.edition(),
                            registered.region(),
                            envelope.occurredAt()),
                    envelope.eventId());
            Log.infof("App %s %s", registered.appId(), inserted ? "registered" : "already registered");
        }
    }
}
