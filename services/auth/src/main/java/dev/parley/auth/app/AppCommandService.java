package dev.parley.auth.app;

import java.util.concurrent.ThreadLocalRandom;
import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.logging.Log;
import io.smallrye.reactive.messaging.MutinyEmitter;
import org.eclipse.microprofile.reactive.messaging.Channel;

import dev.parley.model.app.events.AppRegistered;
import dev.parley.model.envelope.EventEnvelope;
import dev.parley.platform.apps.AppDirectory;
import dev.parley.platform.apps.AppInfo;
import dev.parley.platform.events.EventFactory;
import dev.parley.platform.events.EventFactory.AggregateRef;
import dev.parley.platform.events.EventPublisher;

/**
 * Decides app facts and publishes them on {@code im.app.events}; every service, auth included, learns them by
 * consuming that topic (ADR-0002). The answer is given only after Kafka acknowledged the event.
 */
@ApplicationScoped
public class AppCommandService {
    private static final long CHINA_SITE_FIRST_ID = 1_400_000_000L;

    private final MutinyEmitter<String> appEvents;
    private final EventFactory events;
    private final EventPublisher publisher;
    private final AppDirectory directory;

    AppCommandService(
            @Channel("app-events-out") MutinyEmitter<String> appEvents,
            EventFactory events,
            EventPublisher publisher,
            AppDirectory directory) {
        this.appEvents = appEvents;
        this.events = events;
        this.publisher = publisher;
        this.directory = directory;
    }

    /**
     * Registers an app. Two concurrent registrations of one id both publish; the directory keeps the first
     * (first-writer-wins), which is the accepted race until app commands are partitioned by id.
     *
     * @param command what to register
     * @param correlationId request id
     * @return the registered fact
     * @throws AppAlreadyExistsException when the id is known
     */
    public AppRegistered register(RegisterApp command, String correlationId) {
        String appId = command.appId() != null ? command.appId() : freshAppId();
        if (directory.find(appId).isPresent()) {
            throw new AppAlreadyExistsException(appId);
        }
        AppRegistered fact = new AppRegistered(appId, command.name(), command.edition(), command.region());
        EventEnvelope envelope = events.create(new AggregateRef("app", appId, 1), appId, null, correlationId, fact);
        publisher.publish(appEvents, envelope);
        Log.infof(
                "Registered app %s (%s, %s)",
                appId, fact.edition().wireName(), fact.region().wireName());
        return fact;
    }

    /** The app as this service's directory knows it. */
    public java.util.Optional<AppInfo> find(String appId) {
        return directory.find(appId);
    }

    private String freshAppId() {
        for (int attempt = 0; attempt < 20; attempt++) {
            String candidate = Long.toString(
                    CHINA_SITE_FIRST_ID + ThreadLocalRandom.current().nextLong(100_000_000L));
            if (directory.find(candidate).isEmpty()) {
                return candidate;
            }
        }
        throw new IllegalStateException("no free SDKAppID found");
    }
}
