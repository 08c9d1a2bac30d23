package dev.parley.model.group.events;

import java.util.Map;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * A group was created (create_group) or imported (import_group). The owner, when there is one, joins with a
 * following MemberJoined. Key: appId:groupId, sequence = the group's version. Since v1.
 *
 * @param appId SDKAppID
 * @param groupId GroupId
 * @param type group type as the creator spelled it (Private, Work, Public, ChatRoom, Meeting, AVChatRoom, Community)
 * @param name group name
 * @param introduction introduction, may be empty
 * @param notification notification, may be empty
 * @param faceUrl avatar URL, may be empty
 * @param owner owner UserID; empty for an ownerless group
 * @param createTime creation time, epoch seconds
 * @param maxMemberNum member cap
 * @param applyJoinOption FreeAccess, NeedPermission or DisableApply
 * @param inviteJoinOption FreeAccess, NeedPermission or DisableInvite
 * @param historyBeforeJoin whether new members see messages sent before they joined
 * @param supportTopic Community with topics
 * @param appDefinedData group-level custom fields
 * @param imported true for import_group
 */
public record GroupCreated(
        @NotBlank String appId,
        @NotBlank String groupId,
        @NotBlank String type,
        @NotNull String name,
        String introduction,
        String notification,
        String faceUrl,
        String owner,
        long createTime,
        int maxMemberNum,
        @NotNull String applyJoinOption,
        @NotNull String inviteJoinOption,
        boolean historyBeforeJoin,
        boolean supportTopic,
        @NotNull Map<String, String> appDefinedData,
        boolean imported)
        implements GroupEvent {}
