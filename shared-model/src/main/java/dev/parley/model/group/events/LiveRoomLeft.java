package dev.parley.model.group.events;

import jakarta.validation.constraints.NotBlank;

/**
 * A user left an AVChatRoom: by quitting, or because the user entered another live room (Switched). Key:
 * appId:groupId, sequence = the group's version. Since v1.
 *
 * @param appId SDKAppID
 * @param groupId GroupId
 * @param userId the user
 * @param reason Quit or Switched
 * @param onlineMemberNum users present after the departure
 */
public record LiveRoomLeft(
        @NotBlank String appId,
        @NotBlank String groupId,
        @NotBlank String userId,
        @NotBlank String reason,
        int onlineMemberNum)
        implements GroupEvent {}
