package dev.parley.message.command;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import dev.parley.message.guard.GroupView;
import dev.parley.model.group.GroupType;

/**
 * What the group read-receipt commands share: the group must exist (10010) and be of a type with read receipts —
 * Work (Private), Public and Meeting (ChatRoom); Tencent answers "not supported" for AVChatRoom and Community,
 * Parley 10007 — and {@code MsgSeqList} is a non-empty array of {@code {"MsgSeq": n}} (10004).
 */
final class ReceiptRequests {
    /** Group types whose messages can have read receipts. */
    static final Set<GroupType> RECEIPT_TYPES = EnumSet.of(GroupType.PRIVATE, GroupType.PUBLIC, GroupType.CHATROOM);

    private ReceiptRequests() {}

    /** The group, when it exists and supports read receipts. */
    static GroupView.Group group(GroupView groups, String appId, String groupId) {
        GroupView.Group group = groups.group(appId, groupId)
                .orElseThrow(() -> new Refused(10010, "Group does not exist or has been disbanded"));
        if (!RECEIPT_TYPES.contains(group.type())) {
            throw new Refused(10007, "Group type " + group.typeName() + " has no message read receipts");
        }
        return group;
    }

    /** The distinct sequences of {@code MsgSeqList}, in request order, at most {@code max}. */
    static List<Long> msgSeqList(JsonNode body, int max) {
        JsonNode list = body.get("MsgSeqList");
        if (list == null || !list.isArray() || list.isEmpty()) {
            throw new Refused(10004, "MsgSeqList is required: an array of {\"MsgSeq\": n}");
        }
        if (list.size() > max) {
            throw new Refused(10004, "MsgSeqList lists at most " + max + " messages");
        }
        List<Long> seqs = new ArrayList<>();
        for (JsonNode item : list) {
            if (!item.isObject()) {
                throw new Refused(10004, "MsgSeqList items must be objects");
            }
            long seq = MessageFields.uint32(item, "MsgSeq", 10004);
            if (seq == 0) {
                throw new Refused(10004, "MsgSeq must be positive");
            }
            if (!seqs.contains(seq)) {
                seqs.add(seq);
            }
        }
        return seqs;
    }
}
