package dev.parley.message.command;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/** Readers of the message commands' fields; each names the Tencent code to answer when the field is wrong. */
final class MessageFields {
    /** Tencent's limit on a message: MsgBody plus CloudCustomData, in bytes of JSON (§4.5). */
    static final int MAX_MESSAGE_BYTES = 12 * 1024;

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
     * The MsgBody array as JSON text: a non-empty array of elements, each an object with a known {@code MsgType}
     * string and a {@code MsgContent} object.
     *
     * @param notArray code when MsgBody is missing or not an array
     * @param malformed code when an element is malformed
     */
    static String msgBody(JsonNode body, int notArray, int malformed) {
        JsonNode value = body.get("MsgBody");
        if (value == null || !value.isArray()) {
            throw new Refused(notArray, "MsgBody is required: an array of message elements");
        }
        if (value.isEmpty()) {
            throw new Refused(malformed, "MsgBody must hold at least one element");
        }
        for (JsonNode element : value) {
            if (!element.isObject()
                    || !element.path("MsgType").isTextual()
                    || !MSG_TYPES.contains(element.path("MsgType").asText())
                    || !element.path("MsgContent").isObject()) {
                throw new Refused(malformed, "Each MsgBody element needs a known MsgType and a MsgContent object");
            }
        }
        return value.toString();
    }

    /** 12 KB over MsgBody and CloudCustomData (§4.5), answered with {@code code}. */
    static void checkSize(String msgBody, String cloudCustomData, int code) {
        int bytes = msgBody.getBytes(StandardCharsets.UTF_8).length
                + (cloudCustomData == null ? 0 : cloudCustomData.getBytes(StandardCharsets.UTF_8).length);
        if (bytes > MAX_MESSAGE_BYTES) {
            throw new Refused(code, "The message exceeds 12 KB");
        }
    }

    private static final List<String> MSG_TYPES = List.of(
            "TIMTextElem",
            "TIMLocationElem",
            "TIMFaceElem",
            "TIMCustomElem",
            "TIMSoundElem",
            "TIMImageElem",
            "TIMFileElem",
            "TIMVideoFileElem",
            "TIMRelayElem");
}
