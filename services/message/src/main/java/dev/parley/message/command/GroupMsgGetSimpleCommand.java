package dev.parley.message.command;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.parley.message.guard.GroupView;
import dev.parley.message.pipeline.Conversations;
import dev.parley.message.store.MessageStore;
import dev.parley.message.store.StoredMessage;
import dev.parley.model.group.GroupType;
import dev.parley.platform.apps.AppDirectory;
import dev.parley.platform.apps.AppInfo;
import dev.parley.platform.tencent.CommandRequest;
import dev.parley.platform.tencent.TencentReply;

/**
 * {@code group_open_http_svc/group_msg_get_simple}: a group's history by sequence, newest first from
 * {@code ReqMsgSeq} (default: the latest), at most {@code ReqMsgNumber} (≤ 20). A sequence with no stored message
 * (expired) is answered as a placeholder ({@code IsPlaceMsg} 1). Live rooms keep no history (10007).
 */
@Singleton
public class GroupMsgGetSimpleCommand extends MessageCommand {
    private final MessageStore store;
    private final GroupView groups;

    GroupMsgGetSimpleCommand(AppDirectory apps, MessageStore store, GroupView groups) {
        super(apps);
        this.store = store;
        this.groups = groups;
    }

    @Override
    public String service() {
        return "group_open_http_svc";
    }

    @Override
    public String command() {
        return "group_msg_get_simple";
    }

    @Override
    ObjectNode handle(AppInfo app, CommandRequest request) {
        JsonNode body = request.body();
        String groupId = MessageFields.groupId(body);
        Long reqSeq = MessageFields.optionalUint32(body, "ReqMsgSeq", 10004);
        Long reqNumber = MessageFields.optionalUint32(body, "ReqMsgNumber", 10004);
        int number = reqNumber == null || reqNumber == 0 ? 20 : (int) Math.min(reqNumber, 20);
        Optional<GroupView.Group> group = groups.group(app.appId(), groupId);
        if (group.isEmpty()) {
            return TencentReply.fail(10010, "Group does not exist or has been disbanded");
        }
        if (group.get().type() == GroupType.AVCHATROOM) {
            return TencentReply.fail(10007, "AVChatRoom groups keep no message history");
        }
        String conversation = Conversations.group(groupId);
        long head = store.head(app.appId(), conversation);
        long from = reqSeq == null || reqSeq == 0 || reqSeq > head ? head : reqSeq;
        Map<Long, StoredMessage> found = new HashMap<>();
        store.before(app.appId(), conversation, from, number).forEach(m -> found.put(m.seq(), m));
        ObjectNode reply = TencentReply.ok();
        reply.put("GroupId", groupId);
        long lowest = Math.max(1, from - number + 1);
        reply.put("IsFinished", from <= 0 || lowest <= 1 ? 1 : 0);
        ArrayNode list = reply.putArray("RspMsgList");
        for (long seq = from; seq >= lowest && seq > 0; seq--) {
            StoredMessage m = found.get(seq);
            ObjectNode item = list.addObject();
            if (m == null) {
                item.put("IsPlaceMsg", 1);
                item.put("MsgSeq", seq);
                continue;
            }
            item.put("From_Account", m.fromAccount());
            item.put("IsPlaceMsg", 0);
            item.put("MsgPriority", HistoryJson.priority(m.priority()));
            item.put("MsgRandom", m.msgRandom());
            item.put("MsgSeq", m.seq());
            item.put("MsgTimeStamp", m.msgTime());
            item.put("IsSystemMsg", 0);
            item.put("MsgKey", m.msgKey());
            item.set("MsgBody", HistoryJson.body(m));
            item.put("CloudCustomData", m.cloudCustomData() == null ? "" : m.cloudCustomData());
        }
        return reply;
    }
}
