package dev.parley.model.group.events;

import jakarta.validation.constraints.NotBlank;

/**
 * A user applied to join a NeedPermission group; the request waits for the owner or an admin. Key: appId:groupId,
 * sequence = the group's version. Since v1.
 *
 * @param appId SDKAppID
 * @param groupId GroupId
 * @param applicant the applicant
 * @param message the application text, may be empty
 * @param requestedAt epoch seconds
 */
public record JoinRequested(
        @NotBlank String appId,
        @NotBlank String groupId,
        @NotBlank String applicant,
        String message,
        long requestedAt) implements GroupEvent {}
