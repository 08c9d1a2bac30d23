package dev.parley.message.conversation;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The conversation tables. Every write is idempotent and order-insensitive where a fact may be applied twice or
 * late: sequence-valued registers keep the highest sequence, unread rows and their range deletes carry the
 * sequence as write time. Every key starts with the app id.
 */
public interface ConversationStore {
    /** Shows {@code last} as the user's last message of the conversation, unless a later one is already shown. */
    void showLast(String appId, String userId, String conversationId, int type, String peer, LastMessage last);

    /** Records that message {@code seq} was recalled (for the last-message summary). */
    void recalled(String appId, String userId, String conversationId, long seq);

    /** C2C: the user read everything up to and including {@code seq}; never moves back. */
    void markRead(String appId, String userId, String conversationId, long seq);

    /** Removes the conversation from the user's list until a message after {@code seq}; never moves back. */
    void markDeleted(String appId, String userId, String conversationId, long seq);

    /** Pins or unpins the conversation ({@code TopFlag}). */
    void setPinned(String appId, String userId, String conversationId, int type, String peer, boolean pinned);

    /** One entry of the user's list, empty when the user has no row for the conversation. */
    Optional<ConversationEntry> entry(String appId, String userId, String conversationId);

    /** Every row of the user's list (including hidden and empty ones). */
    List<ConversationEntry> entries(String appId, String userId);

    /**
     * Register and unread writes of one fact that the store may send together; {@link #commit} sends what is not
     * sent yet.
     */
    interface Writes {
        /** As {@link ConversationStore#showLast}. */
        void showLast(String appId, String userId, String conversationId, int type, String peer, LastMessage last);

        /** As {@link ConversationStore#addUnread}. */
        void addUnread(String appId, String userId, String conversationId, long seq, long msgTime);

        /** Sends the writes collected so far. */
        void commit();
    }

    /** Writes applied one by one as they are made (a store that can group them overrides this). */
    default Writes writes() {
        ConversationStore store = this;
        return new Writes() {
            @Override
            public void showLast(
                    String appId, String userId, String conversationId, int type, String peer, LastMessage last) {
                store.showLast(appId, userId, conversationId, type, peer, last);
            }

            @Override
            public void addUnread(String appId, String userId, String conversationId, long seq, long msgTime) {
                store.addUnread(appId, userId, conversationId, seq, msgTime);
            }

            @Override
            public void commit() {}
        };
    }

    /**
     * A C2C message in one go: shown as last message to both users (when {@code showsLast}; once when they are the
     * same user) and counted as unread for the receiver (when {@code countsUnread} and they differ).
     */
    default void c2cMessage(
            String appId,
            String from,
            String to,
            String conversationId,
            LastMessage last,
            boolean showsLast,
            boolean countsUnread) {
        Writes writes = writes();
        if (showsLast) {
            writes.showLast(appId, from, conversationId, ConversationEntry.C2C, to, last);
            if (!from.equals(to)) {
                writes.showLast(appId, to, conversationId, ConversationEntry.C2C, from, last);
            }
        }
        if (countsUnread && !from.equals(to)) {
            writes.addUnread(appId, to, conversationId, last.seq(), last.msgTime());
        }
        writes.commit();
    }

    /** C2C: message {@code seq} counts as unread for the user until read. */
    void addUnread(String appId, String userId, String conversationId, long seq, long msgTime);

    /** C2C: unread messages per conversation of the user (conversations with none are absent). */
    Map<String, Long> unreadCounts(String appId, String userId);

    /** C2C: unread messages of one conversation. */
    long unreadCount(String appId, String userId, String conversationId);

    /** C2C: the highest unread sequence with a message time at or before {@code msgTime}, 0 for none. */
    long newestUnreadAtOrBefore(String appId, String userId, String conversationId, long msgTime);

    /** The user joined the group (membership at the group's {@code version}). */
    void joined(String appId, String userId, String groupId, long version, long joinedMs);

    /** The user left the group. */
    void left(String appId, String userId, String groupId, long version);

    /** The group was destroyed: none of {@code members} is a member any more. */
    void destroyed(String appId, String groupId, Collection<String> members, long version);

    /** Sets a group member's read point. */
    void setPoint(String appId, String userId, String conversationId, ReadPoint point);

    /** Caches the group's unread counter at the member's point ({@link ReadPoint#key()}). */
    void resolved(String appId, String userId, String conversationId, String pointKey, long counted);

    /** A group's shared state ({@link GroupConversation#empty} when nothing was applied). */
    GroupConversation group(String appId, String groupId);

    /** Several groups' shared state; groups with nothing applied are absent. */
    Map<String, GroupConversation> groups(String appId, Collection<String> groupIds);

    /** Shows {@code last} as the group's last message, unless a later one is already shown. */
    void groupLast(String appId, String groupId, LastMessage last);

    /** Records that group message {@code seq} was recalled. */
    void groupRecalled(String appId, String groupId, long seq);

    /** Applies one group message to the unread counter: writes the mark, then the counter. */
    void groupCounted(String appId, String groupId, GroupMark mark);

    /** The mark of the highest applied message at or before {@code seq}, empty when none. */
    Optional<GroupMark> markAtOrBefore(String appId, String groupId, long seq);
}
