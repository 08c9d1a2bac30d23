package dev.parley.model.group.events;

import java.util.Map;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * modify_group_member_info changed a member's name card, message flag or custom fields. Null fields are unchanged;
 * a custom value of "" deletes the key. Key: appId:groupId, sequence = the group's version. Since v1.
 *
 * @param appId SDKAppID
 * @param groupId GroupId
 * @param userId the member
 * @param nameCard new name card or null
 * @param msgFlag new message flag or null
 * @param appDefinedData changed member custom fields; "" deletes
 * @param unreadMsgNum unread count set by set_unread_msg_num, or null
 */
public record MemberInfoChanged(
        @NotBlank String appId,
        @NotBlank String groupId,
        @NotBlank String userId,
        String nameCard,
        String msgFlag,
        @NotNull Map<String, String> appDefinedData,
        Long unreadMsgNum)
        implements GroupEvent {}
