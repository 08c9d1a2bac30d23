package dev.parley.model.group.events;

import jakarta.validation.constraints.NotBlank;

/**
 * A member's mute was lifted before it expired (MuteTime 0). Key: appId:groupId, sequence = the group's version.
 * Since v1.
 *
 * @param appId SDKAppID
 * @param groupId GroupId
 * @param userId the member
 */
public record MemberUnmuted(
        @NotBlank String appId,
        @NotBlank String groupId,
        @NotBlank String userId) implements GroupEvent {}
