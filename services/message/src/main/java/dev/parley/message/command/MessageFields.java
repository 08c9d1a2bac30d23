package dev.parley.message.command;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import dev.parley.model.message.MsgBodyValidation;
import dev.parley.model.message.MsgBodyValidator;
import dev.parley.model.message.MsgScope;
import dev.parley.model.message.events.SendOptions;

/** Readers of the message commands' fields; each names the Tencent code to answer when the field is wrong. */
final class MessageFields {
    private MessageFields() {}

    static boolean validUserId(String id) {
        return id != null
                && !id.isEmpty()
                && id.getBytes(StandardCharsets.UTF_8).length <= 32
                && id.chars().allMatch(c -> c >= 0x20 && c < 0x7f);
    }

    /** An optional UserID; null when absent. */
    static String optionalUserId(JsonNode body, String field, int code) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual() || !validUserId(value.asText())) {
            throw new Refused(code, field + " must be a UserID of 1 to 32 bytes");
        }
        return value.asText();
    }

    /** A required UserID. */
    static String userId(JsonNode body, String field, int code) {
        String value = optionalUserId(body, field, code);
        if (value == null) {
            throw new Refused(code, field + " is required");
        }
        return value;
    }

    /** The required {@code GroupId}: a string of 1 to 48 bytes, else 10015. */
    static String groupId(JsonNode body) {
        JsonNode id = body.get("GroupId");
        if (id == null
                || !id.isTextual()
                || id.asText().isEmpty()
                || id.asText().getBytes(StandardCharsets.UTF_8).length > 48) {
            throw new Refused(10015, "GroupId is required: 1 to 48 bytes");
        }
        return id.asText();
    }

    /** A required uint32. */
    static long uint32(JsonNode body, String field, int code) {
        Long value = optionalUint32(body, field, code);
        if (value == null) {
            throw new Refused(code, field + " is required: an unsigned 32-bit integer");
        }
        return value;
    }

    /** An optional uint32; null when absent. */
    static Long optionalUint32(JsonNode body, String field, int code) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isIntegralNumber()
                || !value.canConvertToLong()
                || value.asLong() < 0
                || value.asLong() > 0xFFFFFFFFL) {
            throw new Refused(code, field + " must be an unsigned 32-bit integer");
        }
        return value.asLong();
    }

    /** An optional string; null when absent. */
    static String optionalText(JsonNode body, String field, int code) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new Refused(code, field + " must be a string");
        }
        return value.asText();
    }

    /** An optional array of strings; empty when absent. */
    static List<String> strings(JsonNode body, String field, int code) {
        JsonNode value = body.get(field);
        List<String> items = new ArrayList<>();
        if (value == null || value.isNull()) {
            return items;
        }
        if (!value.isArray()) {
            throw new Refused(code, field + " must be an array of strings");
        }
        for (JsonNode item : value) {
            if (!item.isTextual()) {
                throw new Refused(code, field + " must be an array of strings");
            }
            items.add(item.asText());
        }
        return items;
    }

    /**
     * The MsgBody array as JSON text, checked by the shared {@link MsgBodyValidator}: structure, every element's
     * fields, and the 12 KB limit over MsgBody and CloudCustomData (§4.5), with the scope's Tencent codes.
     */
    static String msgBody(JsonNode body, String cloudCustomData, MsgScope scope) {
        JsonNode value = body.get("MsgBody");
        MsgBodyValidation validation = MsgBodyValidator.DEFAULT.validate(
                value == null || value.isNull() ? null : value.toString(), cloudCustomData, scope);
        if (!validation.ok()) {
            throw new Refused(validation.code().code(), validation.reason());
        }
        return value.toString();
    }

    /** A 0/1 flag; absent is 0. */
    static boolean flag(JsonNode body, String field, int code) {
        Long value = optionalUint32(body, field, code);
        if (value != null && value > 1) {
            throw new Refused(code, field + " must be 0 or 1");
        }
        return value != null && value == 1;
    }

    /**
     * The one-to-one send options: {@code SupportMessageExtension}, {@code IsNeedReadReceipt},
     * {@code ForbidCallbackControl}.
     */
    static SendOptions c2cOptions(JsonNode body, int code, int importMode) {
        return new SendOptions(
                flag(body, "SupportMessageExtension", code),
                flag(body, "IsNeedReadReceipt", code),
                strings(body, "ForbidCallbackControl", code),
                false,
                List.of(),
                List.of(),
                importMode,
                false);
    }

    /**
     * The group send options: {@code SupportMessageExtension}, {@code NeedReadReceipt},
     * {@code ForbidCallbackControl}, {@code GroupAtInfo} (@all or one account per item) and {@code To_Account}
     * (a targeted message, at most 50 members).
     */
    static SendOptions groupOptions(JsonNode body, int code, int importMode) {
        boolean atAll = false;
        List<String> at = new ArrayList<>();
        JsonNode atInfo = body.get("GroupAtInfo");
        if (atInfo != null && !atInfo.isNull()) {
            if (!atInfo.isArray()) {
                throw new Refused(code, "GroupAtInfo must be an array");
            }
            for (JsonNode item : atInfo) {
                if (!item.isObject()) {
                    throw new Refused(code, "GroupAtInfo items must be objects");
                }
                if (flag(item, "GroupAtAllFlag", code)) {
                    atAll = true;
                } else {
                    at.add(userId(item, "GroupAt_Account", code));
                }
            }
        }
        List<String> toMembers = strings(body, "To_Account", code);
        if (toMembers.size() > 50) {
            throw new Refused(code, "To_Account lists at most 50 members");
        }
        return new SendOptions(
                flag(body, "SupportMessageExtension", code),
                flag(body, "NeedReadReceipt", code),
                strings(body, "ForbidCallbackControl", code),
                atAll,
                at,
                toMembers,
                importMode,
                false);
    }
}
