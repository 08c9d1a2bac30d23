package dev.parley.model.message.events;

import java.util.List;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * A send request accepted at the door (sendmsg, send_group_msg), on {@code im.message.submitted} keyed by
 * appId:conversationId so the sequencer that owns the conversation's partition handles it in order. A command, not
 * a fact: the sequencer answers it with {@link SendAnswered}. Since v1.
 *
 * @param appId SDKAppID
 * @param conversationId the conversation
 * @param submissionId id of this submission, the reply's correlation id
 * @param replyTo the message-service replica waiting for the answer
 * @param kind {@code C2C} or {@code GROUP}
 * @param fromAccount sender
 * @param toAccount C2C receiver, null for groups
 * @param groupId GroupId, null for C2C
 * @param senderIsAdmin whether the sender is an App admin (bypasses membership, mutes and rate limits)
 * @param msgRandom MsgRandom / Random, the de-duplication key with the sender
 * @param clientMsgSeq C2C MsgSeq chosen by the caller (random when absent); 0 for groups
 * @param msgTime MsgTimeStamp given by the caller, 0 for server time
 * @param msgBody the MsgBody array exactly as received (JSON)
 * @param cloudCustomData CloudCustomData, may be empty
 * @param offlinePushInfo OfflinePushInfo as received (JSON), may be null
 * @param priority High, Normal, Low or Lowest (groups)
 * @param onlineOnly OnlineOnlyFlag: deliver to online users only, store nothing
 * @param sendMsgControl SendMsgControl flags
 * @param submittedAt epoch milliseconds
 * @param options the less common options ({@link SendOptions}); null in older events
 */
public record MessageSubmitted(
        @NotBlank String appId,
        @NotBlank String conversationId,
        @NotBlank String submissionId,
        @NotBlank String replyTo,
        @NotBlank String kind,
        @NotBlank String fromAccount,
        String toAccount,
        String groupId,
        boolean senderIsAdmin,
        long msgRandom,
        long clientMsgSeq,
        long msgTime,
        @NotBlank String msgBody,
        String cloudCustomData,
        String offlinePushInfo,
        @NotBlank String priority,
        boolean onlineOnly,
        @NotNull List<String> sendMsgControl,
        long submittedAt,
        SendOptions options)
        implements MessageEvent {}
