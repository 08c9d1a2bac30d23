package dev.parley.model.session.events;

import dev.parley.model.envelope.EventPayload;

/** Sealed parent of session facts. Key: {@code appId:userId}. */
public sealed interface SessionEvent extends EventPayload permits UserKicked {}
