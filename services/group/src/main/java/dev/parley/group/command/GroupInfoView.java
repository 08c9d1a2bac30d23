package dev.parley.group.command;

import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.parley.group.domain.GroupState;

/**
 * Renders Tencent's group info object (§5.5.3) with {@code GroupBaseInfoFilter} and {@code AppDefinedDataFilter_Group}
 * applied; {@code GroupId} is always answered.
 */
final class GroupInfoView {
    /** The base fields in answer order, after {@code GroupId}. */
    static final List<String> BASE_FIELDS = List.of(
            "Type",
            "Name",
            "Introduction",
            "Notification",
            "FaceUrl",
            "Owner_Account",
            "CreateTime",
            "InfoSeq",
            "LastInfoTime",
            "LastMsgTime",
            "NextMsgSeq",
            "MemberNum",
            "MaxMemberNum",
            "ApplyJoinOption",
            "InviteJoinOption",
            "MuteAllMember",
            "ShutUpAllMember",
            "AppDefinedData");

    private final Set<String> fields;
    private final Set<String> dataKeys;

    /**
     * @param fields the base fields to answer, null for all
     * @param dataKeys the custom keys to answer, null for all
     */
    GroupInfoView(Set<String> fields, Set<String> dataKeys) {
        this.fields = fields;
        this.dataKeys = dataKeys;
    }

    /** The view asked for by a {@code ResponseFilter} (null: everything). */
    static GroupInfoView of(JsonNode responseFilter) {
        return new GroupInfoView(
                MemberView.nonEmpty(MemberView.names(responseFilter, "GroupBaseInfoFilter")),
                MemberView.nonEmpty(MemberView.names(responseFilter, "AppDefinedDataFilter_Group")));
    }

    /** The info object of {@code group}. */
    ObjectNode render(GroupState group) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("GroupId", group.groupId());
        for (String field : BASE_FIELDS) {
            if (wants(field)) {
                put(node, field, group);
            }
        }
        return node;
    }

    private boolean wants(String field) {
        if (field.equals("ShutUpAllMember")) {
            return fields != null && fields.contains(field);
        }
        if (field.equals("AppDefinedData")) {
            return fields == null || fields.contains(field) || dataKeys != null;
        }
        return fields == null || fields.contains(field);
    }

    private void put(ObjectNode node, String field, GroupState group) {
        switch (field) {
            case "Type" -> node.put(field, group.typeName());
            case "Name" -> node.put(field, group.name());
            case "Introduction" -> node.put(field, group.introduction());
            case "Notification" -> node.put(field, group.notification());
            case "FaceUrl" -> node.put(field, group.faceUrl());
            case "Owner_Account" -> node.put(field, group.owner());
            case "CreateTime" -> node.put(field, group.createTime());
            case "InfoSeq" -> node.put(field, group.infoSeq());
            case "LastInfoTime" -> node.put(field, group.lastInfoTime());
            case "LastMsgTime" -> node.put(field, 0); // no message service yet
            case "NextMsgSeq" -> node.put(field, 1); // no message service yet
            case "MemberNum" -> node.put(field, group.memberNum());
            case "MaxMemberNum" -> node.put(field, group.maxMemberNum());
            case "ApplyJoinOption" -> node.put(field, group.applyJoinOption());
            case "InviteJoinOption" -> node.put(field, group.inviteJoinOption());
            case "MuteAllMember", "ShutUpAllMember" -> node.put(field, group.muteAll() ? "On" : "Off");
            default -> node.set(field, MemberView.keyValues(group.appDefinedData(), dataKeys));
        }
    }
}
