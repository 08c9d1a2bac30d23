package dev.parley.message.store;

/**
 * One message of a conversation's history as the history commands render it: the {@link StoredMessage} fields plus
 * what recall and edit changed.
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
 * @param body MsgBody JSON as received or last edited; {@code ""} once recalled
 * @param cloudCustomData CloudCustomData, never null; {@code ""} once recalled
 * @param priority High, Normal, Low or Lowest
 * @param recalled whether the message was recalled (a stored null reads as false)
 * @param version edits applied so far, 0 for none (a stored null reads as 0)
 */
public record HistoryEntry(
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
        String priority,
        boolean recalled,
        int version) {}
