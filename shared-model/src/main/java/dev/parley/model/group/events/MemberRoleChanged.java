package dev.parley.model.group.events;

import jakarta.validation.constraints.NotBlank;

/**
 * modify_group_member_info set a member's role. Key: appId:groupId, sequence = the group's version. Since v1.
 *
 * @param appId SDKAppID
 * @param groupId GroupId
 * @param userId the member
 * @param role Admin or Member
 */
public record MemberRoleChanged(
        @NotBlank String appId,
        @NotBlank String groupId,
        @NotBlank String userId,
        @NotBlank String role) implements GroupEvent {}
