package dev.parley.relationship.domain;

/**
 * A pending friend request.
 *
 * @param requesterId who asked
 * @param targetId who was asked
 * @param addType Add_Type_Single or Add_Type_Both
 * @param remark remark the requester gives the target
 * @param groupName requester's friend list for the target
 * @param addSource AddSource_Type_*
 * @param addWording request text
 * @param requestedAt epoch seconds
 */
public record FriendRequest(
        String requesterId,
        String targetId,
        String addType,
        String remark,
        String groupName,
        String addSource,
        String addWording,
        long requestedAt) {}
