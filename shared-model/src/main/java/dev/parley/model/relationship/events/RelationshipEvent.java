package dev.parley.model.relationship.events;

import dev.parley.model.envelope.EventPayload;

/** Sealed parent of relationship and profile facts on {@code im.relationship.events} (key = appId:userId). */
public sealed interface RelationshipEvent extends EventPayload
        permits FriendAdded,
                FriendUpdated,
                FriendDeleted,
                FriendRequested,
                FriendRequestResolved,
                FriendGroupsChanged,
                BlacklistAdded,
                BlacklistRemoved,
                ProfileChanged,
                ProfileChangeNotified {
    /** SDKAppID. */
    String appId();

    /** The user whose relationship data or profile the fact is about (the Kafka key's user). */
    String userId();
}
