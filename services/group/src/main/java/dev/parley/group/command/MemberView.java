package dev.parley.group.command;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.parley.group.domain.MemberState;
import dev.parley.group.domain.Role;

/**
 * Renders Tencent's member object (§5.5.3) with {@code MemberInfoFilter} and {@code AppDefinedDataFilter_GroupMember}
 * applied; also reads the response filters every group query shares.
 */
final class MemberView {
    /** Member listing order: by JoinTime, then UserID, so that pages stay consistent. */
    static final Comparator<MemberState> ORDER =
            Comparator.comparingLong(MemberState::joinTime).thenComparing(MemberState::userId);

    /** The member fields in answer order ({@code Member_Account} is always first). */
    static final List<String> FIELDS = List.of(
            "Role",
            "JoinTime",
            "MsgSeq",
            "MsgFlag",
            "LastSendMsgTime",
            "MuteUntil",
            "ShutUpUntil",
            "NameCard",
            "AppMemberDefinedData");

    private static final int MAX_FILTER_ITEMS = 64;

    private final Set<String> fields;
    private final Set<String> dataKeys;

    /**
     * @param fields the member fields to answer, null for all
     * @param dataKeys the custom keys to answer, null for all
     */
    MemberView(Set<String> fields, Set<String> dataKeys) {
        this.fields = fields;
        this.dataKeys = dataKeys;
    }

    /** The view asked for by {@code MemberInfoFilter} and {@code AppDefinedDataFilter_GroupMember} of {@code holder}. */
    static MemberView of(JsonNode holder) {
        return new MemberView(
                nonEmpty(names(holder, "MemberInfoFilter")),
                nonEmpty(names(holder, "AppDefinedDataFilter_GroupMember")));
    }

    /** The member object of {@code member} at {@code nowSeconds}. */
    ObjectNode render(MemberState member, long nowSeconds) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("Member_Account", member.userId());
        for (String field : FIELDS) {
            if (wants(field)) {
                put(node, field, member, nowSeconds);
            }
        }
        return node;
    }

    private boolean wants(String field) {
        if (field.equals("ShutUpUntil")) {
            return fields != null && fields.contains(field);
        }
        if (field.equals("AppMemberDefinedData")) {
            return fields == null || fields.contains(field) || dataKeys != null;
        }
        return fields == null || fields.contains(field);
    }

    private void put(ObjectNode node, String field, MemberState member, long nowSeconds) {
        switch (field) {
            case "Role" -> node.put(field, member.role().wire());
            case "JoinTime" -> node.put(field, member.joinTime());
            case "MsgFlag" -> node.put(field, member.msgFlag());
            case "MuteUntil", "ShutUpUntil" -> node.put(field, member.muteUntilAt(nowSeconds));
            case "NameCard" -> node.put(field, member.nameCard());
            case "AppMemberDefinedData" -> node.set(field, keyValues(member.appDefinedData(), dataKeys));
            default -> node.put(field, 0); // MsgSeq, LastSendMsgTime: no message service yet
        }
    }

    /** {@code [{"Key":..,"Value":..}]} of {@code data}, only {@code keys} unless null. */
    static ArrayNode keyValues(Map<String, String> data, Set<String> keys) {
        ArrayNode items = JsonNodeFactory.instance.arrayNode();
        data.forEach((key, value) -> {
            if (keys == null || keys.contains(key)) {
                items.addObject().put("Key", key).put("Value", value);
            }
        });
        return items;
    }

    /** The roles of {@code MemberRoleFilter}, null for all; an unknown role is a bad request. */
    static Set<Role> roles(JsonNode holder) {
        Set<String> names = nonEmpty(names(holder, "MemberRoleFilter"));
        if (names == null) {
            return null;
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : names) {
            roles.add(Role.parse(name)
                    .orElseThrow(() -> new BadRequest("MemberRoleFilter holds Owner, Admin or Member")));
        }
        return roles;
    }

    /** The strings of an optional array field of {@code holder}; null when absent, possibly empty. */
    static Set<String> names(JsonNode holder, String field) {
        JsonNode value = holder == null || !holder.isObject() ? null : holder.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isArray() || value.size() > MAX_FILTER_ITEMS) {
            throw new BadRequest(field + " must be an array of at most " + MAX_FILTER_ITEMS + " strings");
        }
        Set<String> names = new LinkedHashSet<>();
        for (JsonNode item : value) {
            if (!item.isTextual()) {
                throw new BadRequest(field + " must be an array of strings");
            }
            names.add(item.asText());
        }
        return names;
    }

    /** An empty filter asks for everything. */
    static Set<String> nonEmpty(Set<String> names) {
        return names == null || names.isEmpty() ? null : names;
    }

    /** The {@code ResponseFilter} object of the body, null when absent. */
    static JsonNode responseFilter(JsonNode body) {
        JsonNode filter = body.get("ResponseFilter");
        if (filter == null || filter.isNull()) {
            return null;
        }
        if (!filter.isObject()) {
            throw new BadRequest("ResponseFilter must be an object");
        }
        return filter;
    }
}
