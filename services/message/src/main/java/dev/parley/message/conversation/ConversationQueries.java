package dev.parley.message.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Reads a user's conversations with their unread counts: C2C entries carry their own last message and unread
 * rows; group entries are combined with the group's shared state ({@link GroupUnread}). Caches a group read
 * point's counter the first time it is final. A deleted conversation is left out until a later message.
 */
@ApplicationScoped
public class ConversationQueries {
    private final ConversationStore store;

    ConversationQueries(ConversationStore store) {
        this.store = store;
    }

    /** Every conversation of the user that is not deleted, empty ones included, unordered. */
    public List<ConversationListing.Item> items(String appId, String userId) {
        List<ConversationEntry> entries = store.entries(appId, userId);
        Map<String, Long> c2cUnread = store.unreadCounts(appId, userId);
        List<String> groupIds = entries.stream()
                .filter(e -> e.type() == ConversationEntry.GROUP && e.member())
                .map(ConversationEntry::peer)
                .toList();
        Map<String, GroupConversation> groups = store.groups(appId, groupIds);
        List<ConversationListing.Item> items = new ArrayList<>();
        for (ConversationEntry entry : entries) {
            if (entry.type() == ConversationEntry.C2C) {
                if (entry.lastSeq() > entry.deletedSeq()) {
                    items.add(item(
                            entry,
                            entry.last(),
                            entry.recalledSeq(),
                            c2cUnread.getOrDefault(entry.conversationId(), 0L)));
                }
            } else if (entry.type() == ConversationEntry.GROUP && entry.member()) {
                GroupConversation group = groups.getOrDefault(entry.peer(), GroupConversation.empty(entry.peer()));
                if (group.lastSeq() > entry.deletedSeq()) {
                    items.add(item(entry, group.last(), group.recalledSeq(), groupUnread(appId, userId, entry, group)));
                }
            }
        }
        return items;
    }

    private long groupUnread(String appId, String userId, ConversationEntry entry, GroupConversation group) {
        GroupUnread.Result result =
                GroupUnread.unread(entry, group, seq -> store.markAtOrBefore(appId, group.groupId(), seq));
        if (result.resolved().isPresent()) {
            store.resolved(
                    appId,
                    userId,
                    entry.conversationId(),
                    entry.point().key(),
                    result.resolved().getAsLong());
        }
        return result.unread();
    }

    private static ConversationListing.Item item(
            ConversationEntry entry, LastMessage last, long recalledSeq, long unread) {
        return new ConversationListing.Item(
                entry.conversationId(),
                entry.type(),
                entry.peer(),
                last == null ? 0 : last.msgTime(),
                entry.pinned(),
                last,
                last != null && recalledSeq == last.seq(),
                unread);
    }
}
