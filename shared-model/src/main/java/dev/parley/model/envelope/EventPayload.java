package dev.parley.model.envelope;

/**
 * Marker for every event payload record. Each context has a sealed sub-interface (for example
 * {@link dev.parley.model.app.events.AppEvent}); the logical type string of a payload is registered in
 * {@link EventTypes}, never derived from the Java class name.
 */
public interface EventPayload {}
