package dev.parley.relationship.command;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;

import dev.parley.model.error.ErrorCode;
import dev.parley.relationship.domain.ProfileTags;

/**
 * Profile tags and values of {@code portrait_set} and {@code portrait_get} (§5.10): which tags exist for an app,
 * whether a value fits its tag, and the {@code [{Tag, Value}]} lists. Error texts name the item's position, never
 * its value.
 */
final class ProfileValues {
    /** Largest uint32 value. */
    static final long MAX_UINT32 = 4_294_967_295L;
    /** Standard tags only an App administrator may write (40008 otherwise). */
    static final Set<String> ADMIN_ONLY = Set.of(ProfileTags.ADMIN_FORBID_TYPE);

    private ProfileValues() {}

    /**
     * Whether {@code tag} exists in the app: a standard tag, or {@code Tag_Profile_Custom_<key>} with a declared key.
     *
     * @param customKeys the app's declared custom keys
     */
    static boolean known(String tag, Collection<String> customKeys) {
        if (ProfileTags.STANDARD.containsKey(tag)) {
            return true;
        }
        return tag.startsWith(ProfileTags.CUSTOM_PREFIX)
                && customKeys.contains(tag.substring(ProfileTags.CUSTOM_PREFIX.length()));
    }

    /**
     * Checks one value for one tag: {@link ErrorCode#SUCCESS}, or why it is refused — 40009 unknown tag (undeclared
     * custom key included), 40001 no value, 40610 wrong type (strings for string tags, uint32 integers for numeric
     * tags, either for custom tags), 40605 not an allowed value, 40601 longer than the tag allows.
     *
     * @param customKeys the app's declared custom keys
     */
    static ErrorCode check(String tag, JsonNode value, Collection<String> customKeys) {
        if (tag == null || !known(tag, customKeys)) {
            return ErrorCode.PROFILE_TAG_NOT_FOUND;
        }
        if (value == null || value.isNull() || value.isMissingNode()) {
            return ErrorCode.PROFILE_INVALID_PARAMETER;
        }
        ProfileTags.Rule rule = ProfileTags.STANDARD.get(tag);
        if (rule == null) {
            if (value.isTextual()) {
                return bytes(value.asText()) > ProfileTags.MAX_VALUE_BYTES
                        ? ErrorCode.PROFILE_VALUE_TOO_LONG
                        : ErrorCode.SUCCESS;
            }
            return isUint32(value) ? ErrorCode.SUCCESS : ErrorCode.PROFILE_VALUE_TYPE_MISMATCH;
        }
        if (rule.numeric()) {
            return isUint32(value) ? ErrorCode.SUCCESS : ErrorCode.PROFILE_VALUE_TYPE_MISMATCH;
        }
        if (!value.isTextual()) {
            return ErrorCode.PROFILE_VALUE_TYPE_MISMATCH;
        }
        if (!rule.allowed().isEmpty() && !rule.allowed().contains(value.asText())) {
            return ErrorCode.PROFILE_VALUE_INVALID;
        }
        return bytes(value.asText()) > rule.maxBytes() ? ErrorCode.PROFILE_VALUE_TOO_LONG : ErrorCode.SUCCESS;
    }

    /**
     * A checked value as stored: a JSON string literal, or the decimal number.
     *
     * @param value a value {@link #check} accepted
     */
    static String encode(JsonNode value) {
        return value.isTextual() ? ProfileTags.encode(value.asText()) : Long.toString(value.asLong());
    }

    /**
     * The {@code ProfileItem} of {@code portrait_set} as changes (tag to stored value, the last item of a tag wins).
     *
     * @param items the request's items
     * @param customKeys the app's declared custom keys
     * @param admin whether the caller is an App administrator
     * @throws BadRequest with the first refused item's code
     */
    static Map<String, String> changes(List<JsonNode> items, Collection<String> customKeys, boolean admin) {
        Map<String, String> changes = new LinkedHashMap<>();
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            String where = " (ProfileItem[" + i + "])";
            if (!item.isObject() || !item.path("Tag").isTextual()) {
                throw new BadRequest(
                        ErrorCode.PROFILE_INVALID_PARAMETER, "ProfileItem must hold {Tag, Value} objects" + where);
            }
            String tag = item.get("Tag").asText();
            JsonNode value = item.get("Value");
            ErrorCode code = check(tag, value, customKeys);
            if (code != ErrorCode.SUCCESS) {
                throw new BadRequest(code, code.info() + where);
            }
            if (!admin && ADMIN_ONLY.contains(tag)) {
                throw new BadRequest(
                        ErrorCode.PROFILE_NO_WRITE_PERMISSION,
                        tag + " may only be set by an App administrator" + where);
            }
            changes.remove(tag);
            changes.put(tag, encode(value));
        }
        return changes;
    }

    /**
     * Appends {@code {"Tag":..,"Value":..}} for each tag of {@code tags} that exists in the app and has a value (set,
     * or defaulted like {@code Tag_Profile_IM_AllowType}); an empty string counts as no value, numbers stay JSON
     * numbers, unknown tags are skipped.
     *
     * @param target the {@code ProfileItem} array
     * @param profile the user's stored profile (tag to JSON literal)
     * @param tags the requested tags, in answer order
     * @param customKeys the app's declared custom keys
     */
    static void render(
            ArrayNode target, Map<String, String> profile, List<String> tags, Collection<String> customKeys) {
        for (String tag : tags) {
            if (!known(tag, customKeys)) {
                continue;
            }
            Optional<String> stored = ProfileTags.valueOf(profile, tag);
            if (stored.isEmpty()) {
                continue;
            }
            JsonNode value;
            try {
                value = ProfileTags.decode(stored.get());
            } catch (IllegalStateException e) {
                continue;
            }
            if (value == null
                    || !(value.isTextual() || value.isNumber())
                    || value.asText().isEmpty()) {
                continue;
            }
            target.addObject().put("Tag", tag).set("Value", value);
        }
    }

    private static boolean isUint32(JsonNode value) {
        return value.isIntegralNumber()
                && value.canConvertToLong()
                && value.asLong() >= 0
                && value.asLong() <= MAX_UINT32;
    }

    private static int bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }
}
