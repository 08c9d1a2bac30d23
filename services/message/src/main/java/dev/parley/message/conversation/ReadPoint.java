package dev.parley.message.conversation;

/**
 * A group member's read point: "at this point the member had {@code base} unread messages". The point is a
 * conversation sequence (a read up to a message, the member's own message) or, when {@code atSeq} is 0, a time
 * (a join, {@code set_unread_msg_num}): a fact of the group stream cannot know which messages the message stream
 * has committed by then, so the time is turned into the group's unread counter once later messages are applied.
 *
 * @param id the event id of the fact that set the point
 * @param atMs epoch milliseconds of a time point, 0 for a sequence point
 * @param atSeq the sequence of a sequence point, 0 for a time point
 * @param base unread messages at the point
 */
public record ReadPoint(String id, long atMs, long atSeq, long base) {
    /** Read up to and including {@code seq}, with {@code base} unread before it. */
    public static ReadPoint atSeq(String id, long seq, long base) {
        return new ReadPoint(id, 0, seq, base);
    }

    /** {@code base} unread at the time {@code epochMillis}. */
    public static ReadPoint atTime(String id, long epochMillis, long base) {
        return new ReadPoint(id, epochMillis, 0, base);
    }

    /** Identifies the point with its values: what a cached resolution is stored under. */
    public String key() {
        return id + "@" + atSeq + "@" + atMs + "@" + base;
    }

    /** Whether the point is a sequence rather than a time. */
    public boolean bySeq() {
        return atSeq > 0;
    }
}
