package dev.parley.message.store;

/**
 * One message of a conversation's history.
 *
 * @param conversationId the conversation
 * @param seq conversation sequence
 * @param kind C2C or GROUP
 * @param fromAccount sender
 * @param toAccount C2C receiver, null for groups
 * @param msgSeq Tencent MsgSeq
 * @param msgRandom MsgRandom / Random
 * @param msgTime epoch seconds
 * @param msgKey MsgKey
 * @param body MsgBody JSON as received
 * @param cloudCustomData CloudCustomData
 * @param priority High, Normal, Low or Lowest
 */
public record StoredMessage(
        String conversationId,
        long seq,
        String kind,
        String fromAccount,
        String toAccount,
        long msgSeq,
        long msgRandom,
        long msgTime,
        String msgKey,
        String body,
        String cloudCustomData,
        String priority) {}
