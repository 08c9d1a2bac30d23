/**
 * Conversations (recentcontact), read state, unread counts and group read receipts: a projection of
 * {@code im.message.events} and {@code im.group.events} into per-user lists, per-group state and per-message
 * receipts, plus the facts the read commands publish (MessagesRead, ConversationDeleted). Eventually consistent.
 */
package dev.parley.message.conversation;
