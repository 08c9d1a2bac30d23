package dev.parley.model.group.events;

import jakarta.validation.constraints.NotBlank;

/**
 * change_group_owner: the new owner takes the Owner role, the previous owner becomes a Member. Key: appId:groupId,
 * sequence = the group's version. Since v1.
 *
 * @param appId SDKAppID
 * @param groupId GroupId
 * @param previousOwner previous owner, empty when the group had none
 * @param newOwner new owner
 */
public record GroupOwnerChanged(
        @NotBlank String appId,
        @NotBlank String groupId,
        String previousOwner,
        @NotBlank String newOwner) implements GroupEvent {}
