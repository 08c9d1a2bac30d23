package dev.parley.model.message.events;

import jakarta.validation.constraints.NotBlank;

/**
 * A stored message was recalled ({@code admin_msgwithdraw}, {@code group_msg_recall}): it keeps its place in
 * history with an empty body (C2C {@code MsgFlagBits} 8, group {@code IsPlaceMsg} 2). On {@code im.message.events}
 * keyed appId:conversationId. Since issue 6.
 *
 * @param appId SDKAppID
 * @param conversationId the conversation
 * @param kind {@code C2C} or {@code GROUP}
 * @param seq the conversation sequence of the recalled message
 * @param msgKey its Tencent MsgKey (C2C) or {@code <GroupId>_<MsgSeq>}
 * @param fromAccount the original sender
 * @param toAccount C2C receiver, null for groups
 * @param groupId GroupId, null for C2C
 * @param operator who recalled it (the App admin's identifier for REST)
 * @param reason the optional reason ({@code Reason} of group_msg_recall), may be empty
 * @param recalledAt epoch seconds
 */
public record MessageRecalled(
        @NotBlank String appId,
        @NotBlank String conversationId,
        @NotBlank String kind,
        long seq,
        @NotBlank String msgKey,
        @NotBlank String fromAccount,
        String toAccount,
        String groupId,
        @NotBlank String operator,
        String reason,
        long recalledAt)
        implements MessageEvent {}
