package dev.parley.message.command;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.parley.message.conversation.GroupReceiptStore;
import dev.parley.message.conversation.Receipts;
import dev.parley.message.guard.GroupView;
import dev.parley.platform.apps.AppDirectory;
import dev.parley.platform.apps.AppInfo;
import dev.parley.platform.tencent.CommandRequest;
import dev.parley.platform.tencent.TencentReply;

/**
 * {@code group_open_http_svc/get_group_msg_receipt}: read and unread counts of group messages
 * ({@code MsgSeqList}, ≤ 100): {@code GroupMsgReceiptList: [{Code, MsgSeq, ReadNum, UnreadNum}]}, {@code Code}
 * 10062 when the message does not exist or was sent without {@code NeedReadReceipt}. Unread = members who had
 * joined by the message's time, minus its sender and the readers (see {@link Receipts}).
 */
@Singleton
public class GetGroupMsgReceiptCommand extends MessageCommand {
    private static final int MAX_MESSAGES = 100;

    private final GroupView groups;
    private final GroupReceiptStore receipts;

    GetGroupMsgReceiptCommand(AppDirectory apps, GroupView groups, GroupReceiptStore receipts) {
        super(apps);
        this.groups = groups;
        this.receipts = receipts;
    }

    @Override
    public String service() {
        return "group_open_http_svc";
    }

    @Override
    public String command() {
        return "get_group_msg_receipt";
    }

    @Override
    ObjectNode handle(AppInfo app, CommandRequest request) {
        JsonNode body = request.body();
        String groupId = MessageFields.groupId(body);
        List<Long> seqs = ReceiptRequests.msgSeqList(body, MAX_MESSAGES);
        ReceiptRequests.group(groups, app.appId(), groupId);
        Map<String, Long> members = receipts.members(app.appId(), groupId);
        ObjectNode reply = TencentReply.ok();
        ArrayNode list = reply.putArray("GroupMsgReceiptList");
        for (long seq : seqs) {
            Optional<GroupReceiptStore.Target> target = receipts.target(app.appId(), groupId, seq);
            ObjectNode item = list.addObject();
            if (target.isEmpty() || !target.get().needReadReceipt()) {
                item.put("Code", 10062).put("MsgSeq", seq).put("ReadNum", 0).put("UnreadNum", 0);
                continue;
            }
            Set<String> readers = receipts.readers(app.appId(), groupId, seq);
            item.put("Code", 0)
                    .put("MsgSeq", seq)
                    .put("ReadNum", readers.size())
                    .put(
                            "UnreadNum",
                            Receipts.unread(members, readers, target.get()).size());
        }
        return reply;
    }
}
