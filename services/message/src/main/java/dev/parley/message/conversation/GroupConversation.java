package dev.parley.message.conversation;

/**
 * A group conversation's state shared by all members (one row per group, never one per member).
 *
 * @param groupId GroupId
 * @param last the last message shown in conversation lists, null when none
 * @param recalledSeq the highest recalled sequence, 0 for none
 * @param counted messages counting as unread so far
 * @param countedSeq the last message applied, 0 for none
 * @param countedMs its commit time, epoch milliseconds, 0 for none
 */
public record GroupConversation(
        String groupId, LastMessage last, long recalledSeq, long counted, long countedSeq, long countedMs) {
    /** A group with no message applied yet. */
    public static GroupConversation empty(String groupId) {
        return new GroupConversation(groupId, null, 0, 0, 0, 0);
    }

    /** The sequence of the last message shown, 0 for none. */
    public long lastSeq() {
        return last == null ? 0 : last.seq();
    }
}
