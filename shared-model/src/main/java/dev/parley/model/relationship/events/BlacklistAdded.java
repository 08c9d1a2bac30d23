package dev.parley.model.relationship.events;

import jakarta.validation.constraints.NotBlank;

/**
 * userId blacklisted blockedId (their friendship, if any, ends with FriendDeleted events). The message service
 * refuses or silently drops blockedId's messages to userId. Key: appId:userId (per-user order). Since v1.
 *
 * @param appId SDKAppID
 * @param userId owner of the blacklist
 * @param blockedId the blocked user
 * @param addedAt epoch seconds
 */
public record BlacklistAdded(
        @NotBlank String appId,
        @NotBlank String userId,
        @NotBlank String blockedId,
        long addedAt) implements RelationshipEvent {}
