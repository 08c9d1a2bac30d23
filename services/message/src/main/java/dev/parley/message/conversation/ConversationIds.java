package dev.parley.message.conversation;

import dev.parley.message.pipeline.Conversations;

/** Reading the conversation ids of {@link Conversations}: {@code c2c:<a>:<b>} and {@code group:<GroupId>}. */
public final class ConversationIds {
    private static final String GROUP_PREFIX = "group:";

    private ConversationIds() {}

    /** A group's conversation id. */
    public static String group(String groupId) {
        return Conversations.group(groupId);
    }

    /** Whether the id names a group conversation. */
    public static boolean isGroup(String conversationId) {
        return conversationId.startsWith(GROUP_PREFIX);
    }

    /** The GroupId of a group conversation id. */
    public static String groupId(String conversationId) {
        return conversationId.substring(GROUP_PREFIX.length());
    }
}
