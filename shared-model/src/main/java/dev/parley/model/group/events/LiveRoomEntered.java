package dev.parley.model.group.events;

import jakarta.validation.constraints.NotBlank;

/**
 * A user entered an AVChatRoom live room. Live rooms store no member list, only who is present. Key:
 * appId:groupId, sequence = the group's version. Since v1.
 *
 * @param appId SDKAppID
 * @param groupId GroupId
 * @param userId the user
 * @param enteredAt epoch seconds
 * @param onlineMemberNum users present after the entry
 */
public record LiveRoomEntered(
        @NotBlank String appId,
        @NotBlank String groupId,
        @NotBlank String userId,
        long enteredAt,
        int onlineMemberNum) implements GroupEvent {}
