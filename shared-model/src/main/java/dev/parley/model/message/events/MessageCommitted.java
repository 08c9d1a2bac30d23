package dev.parley.model.message.events;

import java.util.List;
import jakarta.validation.constraints.NotBlank;

/**
 * A message was accepted, sequenced and (unless online-only or a live room) stored: the fact push, conversations,
 * unread counts and callbacks build on. On {@code im.message.events}, key appId:conversationId, envelope sequence
 * = {@code seq}. Published at most once per sequence: a redelivered submission re-publishes the same fact. Since
 * v1.
 *
 * @param appId SDKAppID
 * @param conversationId the conversation
 * @param kind {@code C2C} or {@code GROUP}
 * @param fromAccount sender
 * @param toAccount C2C receiver, null for groups
 * @param groupId GroupId, null for C2C
 * @param seq the conversation's sequence, strictly increasing from 1 (groups: the MsgSeq); 0 for an online-only
 *     message, which takes no sequence
 * @param msgSeq Tencent's MsgSeq (groups: {@code seq}; C2C: the caller's or a random value)
 * @param msgRandom MsgRandom / Random
 * @param msgTime epoch seconds
 * @param msgKey C2C MsgKey {@code <MsgSeq>_<MsgRandom>_<MsgTime>}; for groups {@code <GroupId>_<MsgSeq>}
 * @param msgBody MsgBody as received (JSON)
 * @param cloudCustomData CloudCustomData
 * @param offlinePushInfo OfflinePushInfo as received (JSON), may be null
 * @param priority High, Normal, Low or Lowest
 * @param stored whether the message is in history (false for online-only messages and live rooms)
 * @param sendMsgControl SendMsgControl flags (NoUnread, NoLastMsg, WithMuteNotifications); null in older events
 * @param options the less common options ({@link SendOptions}); null in older events
 */
public record MessageCommitted(
        @NotBlank String appId,
        @NotBlank String conversationId,
        @NotBlank String kind,
        @NotBlank String fromAccount,
        String toAccount,
        String groupId,
        long seq,
        long msgSeq,
        long msgRandom,
        long msgTime,
        @NotBlank String msgKey,
        @NotBlank String msgBody,
        String cloudCustomData,
        String offlinePushInfo,
        @NotBlank String priority,
        boolean stored,
        List<String> sendMsgControl,
        SendOptions options)
        implements MessageEvent {}
