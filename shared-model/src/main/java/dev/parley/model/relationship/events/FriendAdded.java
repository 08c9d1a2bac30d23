package dev.parley.model.relationship.events;

import java.util.List;
import java.util.Map;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * userId's friend list gained friendId (friend_add, friend_import, an accepted request). A two-way add is two
 * events, one per user. Key: appId:userId (per-user order). Since v1.
 *
 * @param appId SDKAppID
 * @param userId owner of the friend list
 * @param friendId the new friend
 * @param remark Tag_SNS_IM_Remark, may be empty
 * @param groups friend lists (Tag_SNS_IM_Group)
 * @param addSource Tag_SNS_IM_AddSource
 * @param addWording Tag_SNS_IM_AddWording
 * @param addTime epoch seconds
 * @param remarkTime epoch seconds of the remark, 0 if none
 * @param custom Tag_SNS_Custom_* values
 * @param imported true for friend_import
 */
public record FriendAdded(
        @NotBlank String appId,
        @NotBlank String userId,
        @NotBlank String friendId,
        String remark,
        @NotNull List<String> groups,
        String addSource,
        String addWording,
        long addTime,
        long remarkTime,
        @NotNull Map<String, String> custom,
        boolean imported)
        implements RelationshipEvent {}
