package dev.parley.model.relationship.events;

import jakarta.validation.constraints.NotBlank;

/**
 * friendId left userId's friend list (friend_delete, friend_delete_all, black_list_add). A two-way delete is two
 * events. Key: appId:userId (per-user order). Since v1.
 *
 * @param appId SDKAppID
 * @param userId owner of the friend list
 * @param friendId the former friend
 */
public record FriendDeleted(
        @NotBlank String appId,
        @NotBlank String userId,
        @NotBlank String friendId) implements RelationshipEvent {}
