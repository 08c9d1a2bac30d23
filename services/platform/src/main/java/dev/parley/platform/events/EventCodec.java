package dev.parley.platform.events;

import java.util.Set;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import dev.parley.model.envelope.EventEnvelope;
import dev.parley.model.envelope.EventPayload;
import dev.parley.model.envelope.EventTypes;

/**
 * JSON form of {@link EventEnvelope} (ADR-0002): fields in record order, {@code Instant} as ISO-8601 UTC, unknown
 * properties ignored on read, payload class chosen by the logical {@code type} through {@link EventTypes}. Decoding
 * validates the envelope and payload; anything unusable is a {@link PoisonRecordException}.
 */
@ApplicationScoped
public class EventCodec {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .build();

    private final Validator validator;

    EventCodec(Validator validator) {
        this.validator = validator;
    }

    /** The mapper of Parley's JSON conventions (ISO instants, unknown properties ignored), for stored JSON too. */
    public static ObjectMapper json() {
        return MAPPER;
    }

    /**
     * @param envelope a complete envelope
     * @return its JSON text
     */
    public String encode(EventEnvelope envelope) {
        try {
            return MAPPER.writeValueAsString(envelope);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("envelope not serialisable", e);
        }
    }

    /**
     * @param json a record value
     * @return the validated envelope with its typed payload
     * @throws PoisonRecordException if the text is not a valid envelope
     * @throws UnknownEventTypeException if the envelope is well-formed but its type is not registered
     */
    public EventEnvelope decode(String json) {
        if (json == null || json.isBlank()) {
            throw new PoisonRecordException("empty record", null);
        }
        JsonNode tree;
        try {
            tree = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new PoisonRecordException("record is not JSON", e);
        }
        if (!(tree instanceof ObjectNode root) || !root.path("type").isTextual()) {
            throw new PoisonRecordException("record is not an event envelope", null);
        }
        String type = root.get("type").asText();
        Class<? extends EventPayload> payloadClass =
                EventTypes.payloadClass(type).orElseThrow(() -> new UnknownEventTypeException(type));
        EventEnvelope envelope;
        try {
            EventPayload payload = MAPPER.treeToValue(root.path("payload"), payloadClass);
            root.remove("payload");
            RawEnvelope raw = MAPPER.treeToValue(root, RawEnvelope.class);
            envelope = raw.withPayload(payload);
        } catch (JsonProcessingException | IllegalArgumentException | NullPointerException e) {
            throw new PoisonRecordException("malformed " + type + " envelope", e);
        }
        Set<ConstraintViolation<EventEnvelope>> violations = validator.validate(envelope);
        if (!violations.isEmpty()) {
            ConstraintViolation<EventEnvelope> first = violations.iterator().next();
            throw new PoisonRecordException(
                    "invalid " + type + " envelope: " + first.getPropertyPath() + " " + first.getMessage(), null);
        }
        return envelope;
    }

    /** The envelope's fields without the payload, as read before the payload's class is known. */
    record RawEnvelope(
            String eventId,
            String type,
            String aggregateType,
            String aggregateId,
            long sequence,
            java.time.Instant occurredAt,
            String appId,
            String actorId,
            String correlationId,
            String causationId,
            String producer) {
        EventEnvelope withPayload(EventPayload payload) {
            return new EventEnvelope(
                    eventId,
                    type,
                    aggregateType,
                    aggregateId,
                    sequence,
                    occurredAt,
                    appId,
                    actorId,
                    correlationId,
                    causationId,
                    producer,
                    payload);
        }
    }
}
