package dev.parley.group.command;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import dev.parley.model.error.ErrorCode;

/** Readers of Tencent request fields; a wrong field throws {@link BadRequest} (10004) naming the field. */
final class Fields {
    private Fields() {}

    /** A required GroupId: 1 to 48 bytes of printable ASCII, else 10015. */
    static String groupId(JsonNode body) {
        JsonNode value = body.get("GroupId");
        if (value == null || !value.isTextual() || !validGroupId(value.asText())) {
            throw new BadRequest(ErrorCode.GROUP_ID_INVALID, "GroupId is required: 1 to 48 bytes of printable ASCII");
        }
        return value.asText();
    }

    static boolean validGroupId(String id) {
        return id != null
                && !id.isEmpty()
                && id.getBytes(StandardCharsets.UTF_8).length <= 48
                && id.chars().allMatch(c -> c > 0x20 && c < 0x7f);
    }

    /** Tencent's UserID rule: 1 to 32 bytes of printable ASCII. */
    static boolean validUserId(String id) {
        return id != null
                && !id.isEmpty()
                && id.getBytes(StandardCharsets.UTF_8).length <= 32
                && id.chars().allMatch(c -> c >= 0x20 && c < 0x7f);
    }

    /** A required UserID field. */
    static String userId(JsonNode body, String field) {
        String value = optionalText(body, field);
        if (!validUserId(value)) {
            throw new BadRequest(field + " is required: a UserID of 1 to 32 bytes");
        }
        return value;
    }

    /** An optional UserID field; null when absent. */
    static String optionalUserId(JsonNode body, String field) {
        String value = optionalText(body, field);
        if (value != null && !validUserId(value)) {
            throw new BadRequest(field + " must be a UserID of 1 to 32 bytes");
        }
        return value;
    }

    /** An optional string; null when absent; throws for a non-string. */
    static String optionalText(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new BadRequest(field + " must be a string");
        }
        return value.asText();
    }

    /** An optional string of at most {@code maxBytes} UTF-8 bytes. */
    static String optionalText(JsonNode body, String field, int maxBytes) {
        String value = optionalText(body, field);
        if (value != null && value.getBytes(StandardCharsets.UTF_8).length > maxBytes) {
            throw new BadRequest(field + " is limited to " + maxBytes + " bytes");
        }
        return value;
    }

    /** An optional non-negative integer; null when absent. */
    static Long optionalLong(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isIntegralNumber() || value.asLong() < 0 || !value.canConvertToLong()) {
            throw new BadRequest(field + " must be a non-negative integer");
        }
        return value.asLong();
    }

    /** An optional 0/1 flag; false when absent. */
    static boolean flag(JsonNode body, String field) {
        Long value = optionalLong(body, field);
        if (value != null && value > 1) {
            throw new BadRequest(field + " must be 0 or 1");
        }
        return value != null && value == 1;
    }

    /** An optional {@code On}/{@code Off}; null when absent. */
    static Boolean onOff(JsonNode body, String field) {
        String value = optionalText(body, field);
        if (value == null) {
            return null;
        }
        return switch (value) {
            case "On" -> true;
            case "Off" -> false;
            default -> throw new BadRequest(field + " must be On or Off");
        };
    }

    /** The elements of a required array of at most {@code max} items (more: 10005 with the name). */
    static List<JsonNode> array(JsonNode body, String field, int max) {
        JsonNode value = body.get(field);
        if (value == null || !value.isArray()) {
            throw new BadRequest(field + " is required: an array");
        }
        if (value.size() > max) {
            throw new BadRequest(ErrorCode.GROUP_TOO_MANY_ACCOUNTS, field + " holds at most " + max + " items");
        }
        List<JsonNode> items = new ArrayList<>();
        value.forEach(items::add);
        return items;
    }

    /** An optional array; empty when absent. */
    static List<JsonNode> optionalArray(JsonNode body, String field, int max) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return List.of();
        }
        return array(body, field, max);
    }

    /** A required array of UserID strings, de-duplicated in order. */
    static List<String> userIds(JsonNode body, String field, int max) {
        Set<String> ids = new LinkedHashSet<>();
        for (JsonNode item : array(body, field, max)) {
            if (!item.isTextual() || !validUserId(item.asText())) {
                throw new BadRequest(field + " must hold UserIDs of 1 to 32 bytes");
            }
            ids.add(item.asText());
        }
        return new ArrayList<>(ids);
    }

    /** A required array of objects each naming a UserID in {@code idField}, de-duplicated in order. */
    static Map<String, JsonNode> members(JsonNode body, String field, String idField, int max) {
        Map<String, JsonNode> members = new LinkedHashMap<>();
        for (JsonNode item : array(body, field, max)) {
            if (!item.isObject()) {
                throw new BadRequest(field + " must hold objects");
            }
            members.putIfAbsent(userId(item, idField), item);
        }
        return members;
    }

    /**
     * {@code [{"Key":..,"Value":..}]} custom data; keys must be declared by the app (10027), values at most
     * {@code maxValueBytes}.
     */
    static Map<String, String> customData(JsonNode body, String field, List<String> declared, int maxValueBytes) {
        Map<String, String> data = new LinkedHashMap<>();
        for (JsonNode item : optionalArray(body, field, 64)) {
            String key = optionalText(item, "Key");
            String value = optionalText(item, "Value");
            if (key == null || value == null) {
                throw new BadRequest(field + " items need a Key and a Value string");
            }
            if (!declared.contains(key)) {
                throw new BadRequest(ErrorCode.GROUP_CUSTOM_FIELD_NOT_ENABLED, "Custom field not declared by the app");
            }
            if (value.getBytes(StandardCharsets.UTF_8).length > maxValueBytes) {
                throw new BadRequest(field + " values are limited to " + maxValueBytes + " bytes");
            }
            data.put(key, value);
        }
        return data;
    }
}
