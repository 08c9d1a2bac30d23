package dev.parley.message.command;

import java.util.Optional;
import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.parley.message.guard.GroupView;
import dev.parley.message.pipeline.Conversations;
import dev.parley.message.store.HistoryEntry;
import dev.parley.message.store.HistoryReader;
import dev.parley.message.store.MessageStore;
import dev.parley.model.group.GroupType;
import dev.parley.platform.apps.AppDirectory;
import dev.parley.platform.apps.AppInfo;
import dev.parley.platform.tencent.CommandRequest;
import dev.parley.platform.tencent.TencentReply;

/**
 * {@code group_open_http_svc/group_msg_get_simple}: a group's history by sequence, newest first from
 * {@code ReqMsgSeq} (default: the latest), at most {@code ReqMsgNumber} (≤ 20) sequences. A sequence up to the
 * group's head with no stored message (expired, or taken and never stored) is a placeholder ({@code IsPlaceMsg} 1,
 * no body); a recalled message is {@code IsPlaceMsg} 2 without body, listed only with {@code WithRecalledMsg} 1
 * (paging: {@link GroupHistoryPage}). Live rooms keep no history (10007).
 */
@Singleton
public class GroupMsgGetSimpleCommand extends MessageCommand {
    private final MessageStore store;
    private final HistoryReader history;
    private final GroupView groups;

    GroupMsgGetSimpleCommand(AppDirectory apps, MessageStore store, HistoryReader history, GroupView groups) {
        super(apps);
        this.store = store;
        this.history = history;
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
        boolean withRecalled = MessageFields.flag(body, "WithRecalledMsg", 10004);
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
        GroupHistoryPage.Page page = GroupHistoryPage.read(
                from,
                number,
                withRecalled,
                (top, above, limit) -> history.between(app.appId(), conversation, top, above, limit));
        ObjectNode reply = TencentReply.ok();
        reply.put("GroupId", groupId);
        reply.put("IsFinished", page.finished() ? 1 : 0);
        ArrayNode list = reply.putArray("RspMsgList");
        for (GroupHistoryPage.Item placed : page.items()) {
            ObjectNode item = list.addObject();
            HistoryEntry m = placed.entry();
            if (m == null) {
                item.put("IsPlaceMsg", 1);
                item.put("MsgSeq", placed.seq());
                continue;
            }
            item.put("From_Account", m.fromAccount());
            item.put("IsPlaceMsg", m.recalled() ? 2 : 0);
            item.put("MsgPriority", HistoryJson.priority(m.priority()));
            item.put("MsgRandom", m.msgRandom());
            item.put("MsgSeq", m.seq());
            item.put("MsgTimeStamp", m.msgTime());
            item.put("IsSystemMsg", 0);
            item.put("MsgKey", m.msgKey());
            if (!m.recalled()) {
                item.set("MsgBody", HistoryJson.body(m));
                item.put("CloudCustomData", m.cloudCustomData());
            }
        }
        return reply;
    }
}
