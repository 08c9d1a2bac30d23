package dev.parley.model.group.events;

import java.util.Map;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * A user became a member: at creation, by invitation, by an approved or free application, or by import. For
 * AVChatRoom see LiveRoomEntered instead. Key: appId:groupId, sequence = the group's version. Since v1.
 *
 * @param appId SDKAppID
 * @param groupId GroupId
 * @param userId the member
 * @param groupType the group's type as created
 * @param role Owner, Admin or Member
 * @param joinTime epoch seconds
 * @param via Create, Invite, Apply, Approve, Import
 * @param nameCard group nickname, may be empty
 * @param msgFlag AcceptAndNotify, AcceptNotNotify or Discard
 * @param appDefinedData member custom fields
 * @param memberNum member count after the join
 * @param unreadMsgNum unread count set by import_group_member, else 0
 */
public record MemberJoined(
        @NotBlank String appId,
        @NotBlank String groupId,
        @NotBlank String userId,
        @NotBlank String groupType,
        @NotBlank String role,
        long joinTime,
        @NotBlank String via,
        String nameCard,
        String msgFlag,
        @NotNull Map<String, String> appDefinedData,
        int memberNum,
        long unreadMsgNum)
        implements GroupEvent {}
