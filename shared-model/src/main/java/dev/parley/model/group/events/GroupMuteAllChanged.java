package dev.parley.model.group.events;

import jakarta.validation.constraints.NotBlank;

/**
 * MuteAllMember was switched: when on, only the owner, admins and App admins may speak. Key: appId:groupId,
 * sequence = the group's version. Since v1.
 *
 * @param appId SDKAppID
 * @param groupId GroupId
 * @param muteAll the new state
 */
public record GroupMuteAllChanged(
        @NotBlank String appId, @NotBlank String groupId, boolean muteAll) implements GroupEvent {}
