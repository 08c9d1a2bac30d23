package dev.parley.model.group.events;

import jakarta.validation.constraints.NotBlank;

/**
 * A member left the group: quit, kicked (delete_group_member) or removed with the group. Key: appId:groupId,
 * sequence = the group's version. Since v1.
 *
 * @param appId SDKAppID
 * @param groupId GroupId
 * @param userId the former member
 * @param reason Quit or Kicked
 * @param by who removed the member, empty for a quit
 * @param memberNum member count after the departure
 */
public record MemberLeft(
        @NotBlank String appId,
        @NotBlank String groupId,
        @NotBlank String userId,
        @NotBlank String reason,
        String by,
        int memberNum)
        implements GroupEvent {}
