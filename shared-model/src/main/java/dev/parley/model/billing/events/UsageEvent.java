package dev.parley.model.billing.events;

import dev.parley.model.envelope.EventPayload;

/** Sealed parent of the metering facts on {@code im.billing.usage} (key = appId). */
public sealed interface UsageEvent extends EventPayload permits GroupCountMeasured {
    /** SDKAppID. */
    String appId();
}
