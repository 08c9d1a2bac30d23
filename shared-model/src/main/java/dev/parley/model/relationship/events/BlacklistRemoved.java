package dev.parley.model.relationship.events;

import jakarta.validation.constraints.NotBlank;

/**
 * userId took blockedId off the blacklist. Key: appId:userId (per-user order). Since v1.
 *
 * @param appId SDKAppID
 * @param userId owner of the blacklist
 * @param blockedId the user let back
 */
public record BlacklistRemoved(
        @NotBlank String appId,
        @NotBlank String userId,
        @NotBlank String blockedId) implements RelationshipEvent {}
