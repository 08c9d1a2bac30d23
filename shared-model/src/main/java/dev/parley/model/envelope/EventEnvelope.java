package dev.parley.model.envelope;

import java.time.Instant;
import java.util.Objects;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * The record every event travels in (ADR-0002). The same JSON goes to Kafka and, where a service keeps an event
 * store, to Cassandra, so a replay is byte-identical. Kafka headers repeat {@code eventId}, {@code type} and
 * {@code appId} ({@code im-event-id}, {@code im-event-type}, {@code im-app-id}).
 *
 * @param eventId unique id, generated once when the fact is decided and reused on every republish; the consumer
 *     idempotency key
 * @param type logical type, {@code im.<context>.<event>.v<major>}, registered in {@link EventTypes}
 * @param aggregateType kind of aggregate: {@code app}, {@code user}, {@code conversation}, {@code group}
 * @param aggregateId aggregate id, also the Kafka record key
 * @param sequence per-aggregate sequence, starting at 1, strictly increasing
 * @param occurredAt when the fact was decided (UTC, millisecond precision)
 * @param appId tenant (SDKAppID, decimal); present on every event
 * @param actorId user or service that caused the fact, may be null
 * @param correlationId request id propagated from the edge, may be null
 * @param causationId event or command id that caused this event, may be null
 * @param producer {@code <service>@<version>}
 * @param payload the typed fact
 */
public record EventEnvelope(
        @NotBlank @Size(max = 64) String eventId,
        @NotBlank @Size(max = 128) String type,
        @NotBlank @Size(max = 32) String aggregateType,
        @NotBlank @Size(max = 256) String aggregateId,
        @Positive long sequence,
        @NotNull Instant occurredAt,
        @NotBlank @Size(max = 32) String appId,
        @Size(max = 128) String actorId,
        @Size(max = 128) String correlationId,
        @Size(max = 128) String causationId,
        @NotBlank @Size(max = 128) String producer,
        @NotNull @Valid EventPayload payload) {

    /** Header carrying {@link #eventId()}. */
    public static final String HEADER_EVENT_ID = "im-event-id";
    /** Header carrying {@link #type()}. */
    public static final String HEADER_EVENT_TYPE = "im-event-type";
    /** Header carrying {@link #appId()}. */
    public static final String HEADER_APP_ID = "im-app-id";

    /** Invariants that hold for every envelope, valid or not in the Bean Validation sense. */
    public EventEnvelope {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(appId, "appId");
        Objects.requireNonNull(payload, "payload");
    }
}
