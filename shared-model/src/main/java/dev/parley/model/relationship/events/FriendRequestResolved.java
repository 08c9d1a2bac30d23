package dev.parley.model.relationship.events;

import jakarta.validation.constraints.NotBlank;

/**
 * A pending request from userId to targetId ended: Agreed, AgreedAndAdded (two-way), Rejected, or Superseded (they
 * became friends another way). Key: appId:userId (per-user order). Since v1.
 *
 * @param appId SDKAppID
 * @param userId the requester
 * @param targetId the user asked
 * @param outcome Agreed, AgreedAndAdded, Rejected or Superseded
 * @param resolvedAt epoch seconds
 */
public record FriendRequestResolved(
        @NotBlank String appId,
        @NotBlank String userId,
        @NotBlank String targetId,
        @NotBlank String outcome,
        long resolvedAt)
        implements RelationshipEvent {}
