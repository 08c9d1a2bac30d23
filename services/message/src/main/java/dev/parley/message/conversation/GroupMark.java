package dev.parley.message.conversation;

/**
 * The group's unread counter right after one of its messages.
 *
 * @param seq the message's sequence
 * @param counted messages counting as unread up to and including this one
 * @param committedMs when the sequencer committed it (the fact's occurredAt), epoch milliseconds
 */
public record GroupMark(long seq, long counted, long committedMs) {}
