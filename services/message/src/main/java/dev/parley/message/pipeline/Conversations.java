package dev.parley.message.pipeline;

/** Conversation ids: {@code c2c:<a>:<b>} with the UserIDs sorted, {@code group:<GroupId>}. */
public final class Conversations {
    private Conversations() {}

    /** The one-to-one conversation of two users, the same whoever sends. */
    public static String c2c(String a, String b) {
        return a.compareTo(b) <= 0 ? "c2c:" + a + ":" + b : "c2c:" + b + ":" + a;
    }

    /** A group's conversation. */
    public static String group(String groupId) {
        return "group:" + groupId;
    }
}
