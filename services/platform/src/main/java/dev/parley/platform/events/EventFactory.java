package dev.parley.platform.events;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import dev.parley.model.envelope.EventEnvelope;
import dev.parley.model.envelope.EventPayload;
import dev.parley.model.envelope.EventTypes;

/** Wraps a decided fact in a new {@link EventEnvelope}: fresh event id, type from the registry, producer stamp. */
@ApplicationScoped
public class EventFactory {
    private final String producer;

    EventFactory(
            @ConfigProperty(name = "quarkus.application.name") String name,
            @ConfigProperty(name = "quarkus.application.version", defaultValue = "dev") String version) {
        this.producer = name + "@" + version;
    }

    /**
     * @param aggregate the aggregate's kind, id and the fact's sequence within it
     * @param appId tenant
     * @param actorId who caused it, may be null
     * @param correlationId request id, may be null
     * @param payload the fact
     * @return a new envelope
     */
    public EventEnvelope create(
            AggregateRef aggregate, String appId, String actorId, String correlationId, EventPayload payload) {
        return new EventEnvelope(
                UUID.randomUUID().toString(),
                EventTypes.typeOf(payload),
                aggregate.type(),
                aggregate.id(),
                aggregate.sequence(),
                Instant.now().truncatedTo(ChronoUnit.MILLIS),
                appId,
                actorId,
                correlationId,
                null,
                producer,
                payload);
    }

    /**
     * The aggregate an event belongs to.
     *
     * @param type aggregate kind, e.g. {@code app}
     * @param id aggregate id (the Kafka key)
     * @param sequence the event's sequence within the aggregate, from 1
     */
    public record AggregateRef(String type, String id, long sequence) {}
}
