package dev.parley.model.message.events;

import dev.parley.model.envelope.EventPayload;

/** Sealed parent of the send pipeline's records (key = appId:conversationId, or the replica for replies). */
public sealed interface MessageEvent extends EventPayload
        permits MessageSubmitted,
                MessageCommitted,
                SendAnswered,
                MessageRecalled,
                MessageModified,
                MessagesDeletedForUser,
                MessageExtensionsChanged,
                MessagesRead,
                ConversationDeleted {
    /** SDKAppID. */
    String appId();

    /** {@code c2c:<a>:<b>} with the two UserIDs sorted, or {@code group:<GroupId>}. */
    String conversationId();
}
