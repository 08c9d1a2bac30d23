package dev.parley.model.app.events;

import dev.parley.model.envelope.EventPayload;

/** Sealed parent of every app fact. Key: app id. Ordered per app. Consumers: every service. */
public sealed interface AppEvent extends EventPayload permits AppRegistered, AppConfigured, AppSecretRotated {}
