package dev.parley.model.relationship.events;

import jakarta.validation.constraints.NotBlank;

/**
 * userId asked targetId to be friends and targetId's AllowType needs confirmation: the request waits (ResultCode
 * 30539). Key: appId:userId (per-user order). Since v1.
 *
 * @param appId SDKAppID
 * @param userId the requester
 * @param targetId the user asked
 * @param addType Add_Type_Single or Add_Type_Both
 * @param remark remark the requester gives the target
 * @param groupName friend list of the requester to put the target in
 * @param addSource AddSource_Type_*
 * @param addWording request text
 * @param requestedAt epoch seconds
 */
public record FriendRequested(
        @NotBlank String appId,
        @NotBlank String userId,
        @NotBlank String targetId,
        @NotBlank String addType,
        String remark,
        String groupName,
        String addSource,
        String addWording,
        long requestedAt)
        implements RelationshipEvent {}
