package dev.parley.group.domain;

import java.util.Map;

import dev.parley.model.group.GroupType;

/**
 * A group as the read model holds it, built only from its events.
 *
 * @param appId SDKAppID
 * @param groupId GroupId
 * @param typeName the type as spelled at creation
 * @param type the type
 * @param name name
 * @param introduction introduction
 * @param notification notification
 * @param faceUrl avatar URL
 * @param owner owner UserID, empty for an ownerless group
 * @param createTime epoch seconds
 * @param infoSeq profile version, bumped by every profile change
 * @param lastInfoTime epoch seconds of the last profile change
 * @param maxMemberNum member cap
 * @param applyJoinOption apply option
 * @param inviteJoinOption invite option
 * @param muteAll whether only the owner and admins may speak
 * @param historyBeforeJoin whether new members see older messages
 * @param supportTopic Community with topics
 * @param appDefinedData group custom fields
 * @param memberNum members (live rooms: users present)
 * @param version the sequence of the last event applied
 */
public record GroupState(
        String appId,
        String groupId,
        String typeName,
        GroupType type,
        String name,
        String introduction,
        String notification,
        String faceUrl,
        String owner,
        long createTime,
        long infoSeq,
        long lastInfoTime,
        int maxMemberNum,
        String applyJoinOption,
        String inviteJoinOption,
        boolean muteAll,
        boolean historyBeforeJoin,
        boolean supportTopic,
        Map<String, String> appDefinedData,
        int memberNum,
        long version) {

    /** Whether the group has an owner. */
    public boolean hasOwner() {
        return owner != null && !owner.isEmpty();
    }
}
