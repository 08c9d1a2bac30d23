package dev.parley.message.conversation;

/**
 * The message a conversation shows as its last one.
 *
 * @param seq the conversation sequence (groups: the MsgSeq)
 * @param msgSeq Tencent's MsgSeq (C2C: the sender's; groups: {@code seq})
 * @param msgTime epoch seconds
 * @param msgKey C2C MsgKey, empty for groups
 * @param fromAccount sender
 */
public record LastMessage(long seq, long msgSeq, long msgTime, String msgKey, String fromAccount) {}
