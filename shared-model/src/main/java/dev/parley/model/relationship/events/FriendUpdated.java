package dev.parley.model.relationship.events;

import java.util.List;
import java.util.Map;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * friend_update changed userId's data about friendId. Null fields are unchanged; a custom value of "" deletes the
 * tag. Key: appId:userId (per-user order). Since v1.
 *
 * @param appId SDKAppID
 * @param userId owner of the friend list
 * @param friendId the friend
 * @param remark new remark or null
 * @param groups new friend lists or null
 * @param custom changed Tag_SNS_Custom_* values
 * @param updatedAt epoch seconds
 */
public record FriendUpdated(
        @NotBlank String appId,
        @NotBlank String userId,
        @NotBlank String friendId,
        String remark,
        List<String> groups,
        @NotNull Map<String, String> custom,
        long updatedAt)
        implements RelationshipEvent {}
