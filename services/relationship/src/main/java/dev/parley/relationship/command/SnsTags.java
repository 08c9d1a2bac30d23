package dev.parley.relationship.command;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import dev.parley.platform.apps.AppInfo;
import dev.parley.relationship.domain.Friend;

/**
 * The SNS tags of §5.8 (a friend's data as {@code {Tag, Value}} pairs): names, limits, readers of the request
 * fields that carry them, and rendering of a {@link Friend} as tags. Custom values are kept under their full tag
 * name ({@code Tag_SNS_Custom_<key>}); only keys the app declared are accepted.
 */
final class SnsTags {
    static final String GROUP = "Tag_SNS_IM_Group";
    static final String REMARK = "Tag_SNS_IM_Remark";
    static final String ADD_SOURCE = "Tag_SNS_IM_AddSource";
    static final String ADD_WORDING = "Tag_SNS_IM_AddWording";
    static final String ADD_TIME = "Tag_SNS_IM_AddTime";
    static final String REMARK_TIME = "Tag_SNS_IM_RemarkTime";
    static final String CUSTOM_PREFIX = "Tag_SNS_Custom_";

    /** Longest remark. */
    static final int MAX_REMARK_BYTES = 96;
    /** Longest add wording. */
    static final int MAX_WORDING_BYTES = 256;
    /** Longest friend-list name. */
    static final int MAX_LIST_NAME_BYTES = 30;
    /** Longest custom value. */
    static final int MAX_CUSTOM_VALUE_BYTES = 256;

    /** The standard tags a friend has, in the order they are rendered. */
    static final List<String> STANDARD = List.of(GROUP, REMARK, ADD_SOURCE, ADD_WORDING, ADD_TIME, REMARK_TIME);

    private static final Pattern ADD_SOURCE_VALUE = Pattern.compile("AddSource_Type_[A-Za-z]{1,8}");

    private SnsTags() {}

    /** A required {@code AddSource}: {@code AddSource_Type_} and 1 to 8 ASCII letters. */
    static String addSource(Family family, JsonNode item, String field) {
        String value = Fields.optionalText(family, item, field);
        if (value == null || !ADD_SOURCE_VALUE.matcher(value).matches()) {
            throw family.bad(field + " is required: AddSource_Type_ followed by 1 to 8 ASCII letters");
        }
        return value;
    }

    /** An optional remark (at most 96 bytes); empty when absent. */
    static String remark(Family family, JsonNode item, String field) {
        String value = Fields.optionalText(family, item, field, MAX_REMARK_BYTES);
        return value == null ? "" : value;
    }

    /** An optional add wording (at most 256 bytes); empty when absent. */
    static String wording(Family family, JsonNode item, String field) {
        String value = Fields.optionalText(family, item, field, MAX_WORDING_BYTES);
        return value == null ? "" : value;
    }

    /** Checks one friend-list name: 1 to 30 bytes. */
    static String listName(Family family, JsonNode value, String field) {
        if (value == null || !value.isTextual()) {
            throw family.bad(field + " must hold friend-list names (strings)");
        }
        String name = value.asText();
        if (name.isEmpty() || bytes(name) > MAX_LIST_NAME_BYTES) {
            throw family.bad(field + " must hold friend-list names of 1 to " + MAX_LIST_NAME_BYTES + " bytes");
        }
        return name;
    }

    /** An optional single friend-list name (friend_add's {@code GroupName}); null when absent or empty. */
    static String optionalListName(Family family, JsonNode item, String field) {
        JsonNode value = item.get(field);
        if (value == null
                || value.isNull()
                || (value.isTextual() && value.asText().isEmpty())) {
            return null;
        }
        return listName(family, value, field);
    }

    /**
     * Friend-list names given as an array (or a single string), de-duplicated in order; empty when absent. At most
     * {@link FriendLists#LIMIT} names.
     */
    static List<String> listNames(Family family, JsonNode value, String field) {
        if (value == null || value.isNull()) {
            return List.of();
        }
        Set<String> names = new LinkedHashSet<>();
        if (value.isArray()) {
            for (JsonNode name : value) {
                names.add(listName(family, name, field));
            }
        } else {
            names.add(listName(family, value, field));
        }
        if (names.size() > FriendLists.LIMIT) {
            throw family.bad(field + " holds at most " + FriendLists.LIMIT + " friend lists");
        }
        return new ArrayList<>(names);
    }

    /** The body's required {@code GroupName}: an array of 1 to {@link FriendLists#LIMIT} friend-list names. */
    static List<String> requiredListNames(Family family, JsonNode body) {
        List<String> names = listNames(family, body.get("GroupName"), "GroupName");
        if (names.isEmpty() || !body.get("GroupName").isArray()) {
            throw family.bad("GroupName is required: an array of 1 to " + FriendLists.LIMIT + " names");
        }
        return names;
    }

    /** Whether {@code tag} is {@code Tag_SNS_Custom_<key>} with a key the app declared. */
    static boolean isDeclaredCustom(AppInfo app, String tag) {
        return tag.startsWith(CUSTOM_PREFIX)
                && app.settings().friendCustomKeysOrEmpty().contains(tag.substring(CUSTOM_PREFIX.length()));
    }

    /** Whether {@code tag} is an SNS tag a friend can have (standard, or a declared custom tag). */
    static boolean isReadable(AppInfo app, String tag) {
        return STANDARD.contains(tag) || isDeclaredCustom(app, tag);
    }

    /** A custom tag's value: a string of at most 256 bytes. */
    static String customValue(Family family, JsonNode value, String field) {
        if (value == null || !value.isTextual()) {
            throw family.bad(field + " of a Tag_SNS_Custom_ tag must be a string");
        }
        if (bytes(value.asText()) > MAX_CUSTOM_VALUE_BYTES) {
            throw family.bad(field + " of a Tag_SNS_Custom_ tag is limited to " + MAX_CUSTOM_VALUE_BYTES + " bytes");
        }
        return value.asText();
    }

    /** The {@code Tag} of a {@code {Tag, Value}} item. */
    static String tag(Family family, JsonNode item, String field) {
        if (item == null || !item.isObject()) {
            throw family.bad(field + " must hold {Tag, Value} objects");
        }
        JsonNode tag = item.get("Tag");
        if (tag == null || !tag.isTextual() || tag.asText().isEmpty()) {
            throw family.bad(field + " items need a Tag");
        }
        return tag.asText();
    }

    /**
     * friend_import's {@code CustomItem}: an optional array of {@code {Tag, Value}} with declared custom tags; empty
     * values are left out.
     */
    static Map<String, String> customItems(Family family, AppInfo app, JsonNode item, String field) {
        JsonNode value = item.get(field);
        Map<String, String> custom = new LinkedHashMap<>();
        if (value == null || value.isNull()) {
            return custom;
        }
        if (!value.isArray()) {
            throw family.bad(field + " must be an array of {Tag, Value}");
        }
        for (JsonNode pair : value) {
            String tag = tag(family, pair, field);
            if (!isDeclaredCustom(app, tag)) {
                throw family.bad(field + " may only hold Tag_SNS_Custom_ tags the app declared");
            }
            String text = customValue(family, pair.get("Value"), field + " Value");
            if (!text.isEmpty()) {
                custom.put(tag, text);
            }
        }
        return custom;
    }

    /**
     * A friend's value of {@code tag}, or null when it has none (empty remark, wording, lists, unset custom tag).
     * AddSource and AddTime are always there.
     */
    static JsonNode value(Friend friend, String tag) {
        JsonNodeFactory json = JsonNodeFactory.instance;
        switch (tag) {
            case GROUP:
                if (friend.groups() == null || friend.groups().isEmpty()) {
                    return null;
                }
                ArrayNode groups = json.arrayNode();
                friend.groups().forEach(groups::add);
                return groups;
            case REMARK:
                return emptyToNull(friend.remark());
            case ADD_SOURCE:
                return json.textNode(friend.addSource());
            case ADD_WORDING:
                return emptyToNull(friend.addWording());
            case ADD_TIME:
                return json.numberNode(friend.addTime());
            case REMARK_TIME:
                return friend.remarkTime() == 0 ? null : json.numberNode(friend.remarkTime());
            default:
                return emptyToNull(friend.custom().get(tag));
        }
    }

    /** Appends {@code {"Tag":..,"Value":..}} unless the value is null. */
    static void add(ArrayNode items, String tag, JsonNode value) {
        if (value != null) {
            items.addObject().put("Tag", tag).set("Value", value);
        }
    }

    /**
     * friend_get's {@code ValueItem}: the standard tags but RemarkTime (import-only), then the custom tags; empty
     * values are left out.
     */
    static ArrayNode render(Friend friend, ArrayNode items) {
        for (String tag : STANDARD) {
            if (!tag.equals(REMARK_TIME)) {
                add(items, tag, value(friend, tag));
            }
        }
        friend.custom().keySet().stream().sorted().forEach(tag -> add(items, tag, value(friend, tag)));
        return items;
    }

    private static JsonNode emptyToNull(String text) {
        return text == null || text.isEmpty() ? null : JsonNodeFactory.instance.textNode(text);
    }

    private static int bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }
}
