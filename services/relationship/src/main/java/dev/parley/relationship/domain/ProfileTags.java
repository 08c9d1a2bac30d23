package dev.parley.relationship.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The standard profile tags of §5.10 with their value types and rules, and the encoding of values in the read
 * model (JSON literals: {@code "Bob"} or {@code 19800101}).
 */
public final class ProfileTags {
    /** Nickname. */
    public static final String NICK = "Tag_Profile_IM_Nick";
    /** Avatar URL. */
    public static final String IMAGE = "Tag_Profile_IM_Image";
    /** Who may add the user as a friend. */
    public static final String ALLOW_TYPE = "Tag_Profile_IM_AllowType";
    /** Whether the user may send friend requests. */
    public static final String ADMIN_FORBID_TYPE = "Tag_Profile_IM_AdminForbidType";
    /** Prefix of app-declared custom tags. */
    public static final String CUSTOM_PREFIX = "Tag_Profile_Custom_";
    /** Longest value of a string tag. */
    public static final int MAX_VALUE_BYTES = 500;

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * A standard tag's rule.
     *
     * @param numeric true for uint32 tags, false for strings
     * @param maxBytes longest string value
     * @param allowed the only values allowed, empty for any
     */
    public record Rule(boolean numeric, int maxBytes, List<String> allowed) {}

    /** Standard tags in §5.10 order. */
    public static final Map<String, Rule> STANDARD = standard();

    private ProfileTags() {}

    private static Map<String, Rule> standard() {
        Map<String, Rule> rules = new LinkedHashMap<>();
        rules.put(NICK, new Rule(false, MAX_VALUE_BYTES, List.of()));
        rules.put(
                "Tag_Profile_IM_Gender",
                new Rule(false, 64, List.of("Gender_Type_Unknown", "Gender_Type_Female", "Gender_Type_Male")));
        rules.put("Tag_Profile_IM_BirthDay", new Rule(true, 0, List.of()));
        rules.put("Tag_Profile_IM_Location", new Rule(false, 16, List.of()));
        rules.put("Tag_Profile_IM_SelfSignature", new Rule(false, MAX_VALUE_BYTES, List.of()));
        rules.put(
                ALLOW_TYPE,
                new Rule(
                        false,
                        64,
                        List.of("AllowType_Type_NeedConfirm", "AllowType_Type_AllowAny", "AllowType_Type_DenyAny")));
        rules.put("Tag_Profile_IM_Language", new Rule(true, 0, List.of()));
        rules.put(IMAGE, new Rule(false, MAX_VALUE_BYTES, List.of()));
        rules.put("Tag_Profile_IM_MsgSettings", new Rule(true, 0, List.of()));
        rules.put(ADMIN_FORBID_TYPE, new Rule(false, 64, List.of("AdminForbid_Type_None", "AdminForbid_Type_SendOut")));
        rules.put("Tag_Profile_IM_Level", new Rule(true, 0, List.of()));
        rules.put("Tag_Profile_IM_Role", new Rule(true, 0, List.of()));
        return java.util.Collections.unmodifiableMap(rules);
    }

    /** The value a user has when the tag was never set (AllowType defaults to NeedConfirm). */
    public static Optional<String> defaultValue(String tag) {
        return switch (tag) {
            case ALLOW_TYPE -> Optional.of(encode("AllowType_Type_NeedConfirm"));
            case ADMIN_FORBID_TYPE -> Optional.of(encode("AdminForbid_Type_None"));
            default -> Optional.empty();
        };
    }

    /** A string as a stored JSON literal. */
    public static String encode(String value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A JSON value (string or number) as stored. */
    public static String encode(JsonNode value) {
        return value.toString();
    }

    /** A stored value back as JSON. */
    public static JsonNode decode(String stored) {
        try {
            return JSON.readTree(stored);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("corrupt profile value", e);
        }
    }

    /** The user's value of a tag: stored, or the default; empty when neither. */
    public static Optional<String> valueOf(Map<String, String> profile, String tag) {
        String stored = profile.get(tag);
        return stored != null ? Optional.of(stored) : defaultValue(tag);
    }
}
