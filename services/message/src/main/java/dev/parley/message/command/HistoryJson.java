package dev.parley.message.command;

import java.io.IOException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import dev.parley.message.store.HistoryEntry;
import dev.parley.message.store.StoredMessage;
import dev.parley.platform.events.EventCodec;

/** Stored messages as Tencent's history JSON. */
final class HistoryJson {
    /** {@code MsgFlagBits} of a recalled message in {@code admin_getroammsg}. */
    static final int FLAG_RECALLED = 8;

    private HistoryJson() {}

    /** The stored MsgBody back as the JSON array it was received as. */
    static JsonNode body(StoredMessage message) {
        return body(message.body());
    }

    /** The MsgBody of a history entry: the JSON array stored, an empty array once recalled. */
    static JsonNode body(HistoryEntry entry) {
        return entry.recalled() ? JsonNodeFactory.instance.arrayNode() : body(entry.body());
    }

    private static JsonNode body(String json) {
        try {
            JsonNode node = json == null ? null : EventCodec.json().readTree(json);
            return node != null && node.isArray() ? node : JsonNodeFactory.instance.arrayNode();
        } catch (IOException e) {
            return JsonNodeFactory.instance.arrayNode();
        }
    }

    /** MsgPriority as group_msg_get_simple reports it: 1 High, 2 Normal, 3 Low, 4 Lowest. */
    static int priority(String name) {
        return switch (name == null ? "Normal" : name) {
            case "High" -> 1;
            case "Low" -> 3;
            case "Lowest" -> 4;
            default -> 2;
        };
    }
}
