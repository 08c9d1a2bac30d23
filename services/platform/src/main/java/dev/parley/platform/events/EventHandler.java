package dev.parley.platform.events;

import dev.parley.model.envelope.EventEnvelope;

/**
 * The application side of a consumer: applies one decoded, not-yet-seen event. It must be idempotent, because a
 * crash after the effect and before the marker replays the event.
 */
@FunctionalInterface
public interface EventHandler {
    /**
     * @param envelope the event
     */
    void handle(EventEnvelope envelope);
}
