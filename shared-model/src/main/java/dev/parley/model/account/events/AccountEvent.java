package dev.parley.model.account.events;

import dev.parley.model.envelope.EventPayload;

/** Sealed parent of account facts. Key: {@code appId:userId}. Ordered per account. */
public sealed interface AccountEvent extends EventPayload permits AccountImported, AccountDeleted {}
