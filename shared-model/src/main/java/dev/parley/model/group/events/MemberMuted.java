package dev.parley.model.group.events;

import jakarta.validation.constraints.NotBlank;

/**
 * forbid_send_msg or modify_group_member_info muted a member until a time; the mute ends by itself then. Key:
 * appId:groupId, sequence = the group's version. Since v1.
 *
 * @param appId SDKAppID
 * @param groupId GroupId
 * @param userId the member
 * @param muteUntil epoch seconds; 4294967295 means for ever
 * @param mutedAt epoch seconds
 */
public record MemberMuted(
        @NotBlank String appId,
        @NotBlank String groupId,
        @NotBlank String userId,
        long muteUntil,
        long mutedAt) implements GroupEvent {}
