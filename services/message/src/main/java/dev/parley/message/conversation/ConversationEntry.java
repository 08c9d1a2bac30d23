package dev.parley.message.conversation;

/**
 * One conversation in a user's list, as stored.
 *
 * @param conversationId {@code c2c:<a>:<b>} or {@code group:<GroupId>}
 * @param type 1 C2C, 2 group, 0 when unknown (a row holding only read state)
 * @param peer To_Account (C2C) or GroupId
 * @param last C2C: the last message shown, null when none (groups keep theirs in {@link GroupConversation})
 * @param recalledSeq C2C: the highest recalled sequence, 0 for none
 * @param readSeq C2C: read up to this sequence, 0 for none
 * @param deletedSeq deleted from the list up to this sequence, -1 when never deleted
 * @param pinned pinned ({@code TopFlag} 1)
 * @param member groups: the user is a member
 * @param point groups: the member's read point, null when none
 * @param resolvedId groups: the key ({@link ReadPoint#key()}) of the point whose counter is cached in
 *     {@code resolvedCount}, null when none
 * @param resolvedCount groups: the group's unread counter at the point
 */
public record ConversationEntry(
        String conversationId,
        int type,
        String peer,
        LastMessage last,
        long recalledSeq,
        long readSeq,
        long deletedSeq,
        boolean pinned,
        boolean member,
        ReadPoint point,
        String resolvedId,
        long resolvedCount) {
    /** C2C conversation type. */
    public static final int C2C = 1;
    /** Group conversation type. */
    public static final int GROUP = 2;

    /** The sequence of the last message shown, 0 for none. */
    public long lastSeq() {
        return last == null ? 0 : last.seq();
    }
}
