package dev.parley.message.command;

import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.JsonNode;

import dev.parley.message.pipeline.Conversations;

/**
 * The conversation a {@code recentcontact} request names: {@code Type} 1 with {@code To_Account}, or 2 with
 * {@code ToGroupid} (Tencent's spelling; {@code ToGroupId} and {@code GroupId} are accepted too). Bad input is 50002.
 */
final class ConversationTargets {
    private ConversationTargets() {}

    /**
     * A named conversation.
     *
     * @param type 1 C2C, 2 group
     * @param peer To_Account or GroupId
     * @param conversationId the conversation id
     */
    record Target(int type, String peer, String conversationId) {
        boolean c2c() {
            return type == 1;
        }
    }

    /** The conversation of {@code userId} the body names. */
    static Target parse(JsonNode body, String userId) {
        Long type = MessageFields.optionalUint32(body, "Type", 50002);
        if (type == null || (type != 1 && type != 2)) {
            throw new Refused(50002, "Type must be 1 (C2C) or 2 (group)");
        }
        if (type == 1) {
            String to = MessageFields.userId(body, "To_Account", 50002);
            return new Target(1, to, Conversations.c2c(userId, to));
        }
        String groupId = null;
        for (String field : new String[] {"ToGroupid", "ToGroupId", "GroupId"}) {
            if (groupId == null) {
                groupId = MessageFields.optionalText(body, field, 50002);
            }
        }
        if (groupId == null || groupId.isEmpty() || groupId.getBytes(StandardCharsets.UTF_8).length > 48) {
            throw new Refused(50002, "ToGroupid is required: 1 to 48 bytes");
        }
        return new Target(2, groupId, Conversations.group(groupId));
    }
}
