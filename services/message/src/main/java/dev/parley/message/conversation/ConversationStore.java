package dev.parley.message.conversation;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

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
        c2cEffects(
                from,
                to,
                showsLast,
                countsUnread,
                (user, peer) -> showLast(appId, user, conversationId, ConversationEntry.C2C, peer, last),
                user -> addUnread(appId, user, conversationId, last.seq(), last.msgTime()));
    }

    /**
     * Who a C2C message is shown to and counted for: {@code show(user, peer)} for both users (once when they are the
     * same) when it shows as last message, {@code unread(receiver)} when it counts and they differ.
     */
    static void c2cEffects(
            String from,
            String to,
            boolean showsLast,
            boolean countsUnread,
            BiConsumer<String, String> show,
            Consumer<String> unread) {
        if (showsLast) {
            show.accept(from, to);
            if (!from.equals(to)) {
                show.accept(to, from);
            }
        }
        if (countsUnread && !from.equals(to)) {
            unread.accept(to);
        }
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
