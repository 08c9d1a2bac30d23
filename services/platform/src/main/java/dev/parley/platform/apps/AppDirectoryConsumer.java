package dev.parley.platform.apps;

import java.util.List;
import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.logging.Log;
import io.smallrye.common.annotation.Blocking;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import dev.parley.model.app.AppSettings;
import dev.parley.model.app.events.AppConfigured;
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
    private final AppDirectory directory;

    AppDirectoryConsumer(IdempotentConsumer consumer, AppDirectoryStore store, AppDirectory directory) {
        this.consumer = consumer;
        this.store = store;
        this.directory = directory;
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
                            envelope.occurredAt(),
                            List.of(),
                            AppSettings.defaults(registered.edition())),
                    envelope.eventId());
            directory.evict(registered.appId());
            Log.infof("App %s %s", registered.appId(), inserted ? "registered" : "already registered");
        } else if (envelope.payload() instanceof AppConfigured configured) {
            store.configure(configured, envelope.sequence());
            directory.evict(configured.appId());
        }
    }
}
