package dev.parley.relationship.command;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/** Readers of request fields; a wrong field throws the family's invalid-parameter code naming the field. */
final class Fields {
    private Fields() {}

    /** Tencent's UserID rule: 1 to 32 bytes of printable ASCII. */
    static boolean validUserId(String id) {
        return id != null
                && !id.isEmpty()
                && id.getBytes(StandardCharsets.UTF_8).length <= 32
                && id.chars().allMatch(c -> c >= 0x20 && c < 0x7f);
    }

    /** An optional string; null when absent. */
    static String optionalText(Family family, JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw family.bad(field + " must be a string");
        }
        return value.asText();
    }

    /** An optional string of at most {@code maxBytes}. */
    static String optionalText(Family family, JsonNode body, String field, int maxBytes) {
        String value = optionalText(family, body, field);
        if (value != null && value.getBytes(StandardCharsets.UTF_8).length > maxBytes) {
            throw family.bad(field + " is limited to " + maxBytes + " bytes");
        }
        return value;
    }

    /** A required UserID field. */
    static String userId(Family family, JsonNode body, String field) {
        String value = optionalText(family, body, field);
        if (!validUserId(value)) {
            throw family.bad(field + " is required: a UserID of 1 to 32 bytes");
        }
        return value;
    }

    /** An optional non-negative integer; null when absent. */
    static Long optionalLong(Family family, JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong() || value.asLong() < 0) {
            throw family.bad(field + " must be a non-negative integer");
        }
        return value.asLong();
    }

    /** The items of a required array of 1 to {@code max} elements. */
    static List<JsonNode> array(Family family, JsonNode body, String field, int max) {
        JsonNode value = body.get(field);
        if (value == null || !value.isArray() || value.isEmpty()) {
            throw family.bad(field + " is required: a non-empty array");
        }
        if (value.size() > max) {
            throw family.bad(field + " holds at most " + max + " items");
        }
        List<JsonNode> items = new ArrayList<>();
        value.forEach(items::add);
        return items;
    }

    /** A required array of 1 to {@code max} UserIDs, de-duplicated in order. */
    static List<String> userIds(Family family, JsonNode body, String field, int max) {
        Set<String> ids = new LinkedHashSet<>();
        for (JsonNode item : array(family, body, field, max)) {
            if (!item.isTextual() || !validUserId(item.asText())) {
                throw family.bad(field + " must hold UserIDs of 1 to 32 bytes");
            }
            ids.add(item.asText());
        }
        return new ArrayList<>(ids);
    }

    /** An optional array of strings; empty when absent. */
    static List<String> strings(Family family, JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            throw family.bad(field + " must be an array of strings");
        }
        List<String> items = new ArrayList<>();
        for (JsonNode item : value) {
            if (!item.isTextual()) {
                throw family.bad(field + " must be an array of strings");
            }
            items.add(item.asText());
        }
        return items;
    }
}
