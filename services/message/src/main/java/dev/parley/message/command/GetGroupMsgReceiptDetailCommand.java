package dev.parley.message.command;

import java.util.List;
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
 * {@code group_open_http_svc/get_group_msg_receipt_detail}: who has read ({@code Filter} 0) or not read (1) a
 * group message ({@code MsgSeq}), sorted by UserID, {@code Count} (≤ 200) per page from {@code Cursor} (""
 * first): {@code IsFinished}, {@code MsgSeq}, {@code ReadList: [{Read_Account}]}, {@code UnreadList:
 * [{Unread_Account}]} (the one not asked for is empty) and the next {@code Cursor}. The older spellings
 * {@code Flag} and {@code Num} are accepted. 10062 when the message does not exist or has no read receipts.
 */
@Singleton
public class GetGroupMsgReceiptDetailCommand extends MessageCommand {
    private static final int MAX_COUNT = 200;

    private final GroupView groups;
    private final GroupReceiptStore receipts;

    GetGroupMsgReceiptDetailCommand(AppDirectory apps, GroupView groups, GroupReceiptStore receipts) {
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
        return "get_group_msg_receipt_detail";
    }

    @Override
    ObjectNode handle(AppInfo app, CommandRequest request) {
        JsonNode body = request.body();
        String groupId = MessageFields.groupId(body);
        long seq = MessageFields.uint32(body, "MsgSeq", 10004);
        Long filter = MessageFields.optionalUint32(body, "Filter", 10004);
        if (filter == null) {
            filter = MessageFields.optionalUint32(body, "Flag", 10004);
        }
        if (filter != null && filter > 1) {
            throw new Refused(10004, "Filter must be 0 (read) or 1 (unread)");
        }
        String cursor = MessageFields.optionalText(body, "Cursor", 10004);
        Long count = MessageFields.optionalUint32(body, "Count", 10004);
        if (count == null) {
            count = MessageFields.optionalUint32(body, "Num", 10004);
        }
        int pageSize = count == null || count == 0 ? MAX_COUNT : (int) Math.min(count, MAX_COUNT);
        ReceiptRequests.group(groups, app.appId(), groupId);
        GroupReceiptStore.Target target = receipts.target(app.appId(), groupId, seq)
                .filter(GroupReceiptStore.Target::needReadReceipt)
                .orElseThrow(() -> new Refused(10062, "No read receipt for this message"));
        Set<String> readers = receipts.readers(app.appId(), groupId, seq);
        boolean unread = filter != null && filter == 1;
        List<String> ids = unread
                ? Receipts.unread(receipts.members(app.appId(), groupId), readers, target)
                : Receipts.read(readers);
        Receipts.Slice page = Receipts.page(ids, cursor, pageSize);
        ObjectNode reply = TencentReply.ok();
        reply.put("IsFinished", page.finished() ? 1 : 0);
        reply.put("MsgSeq", seq);
        ArrayNode readList = reply.putArray("ReadList");
        ArrayNode unreadList = reply.putArray("UnreadList");
        for (String id : page.ids()) {
            if (unread) {
                unreadList.addObject().put("Unread_Account", id);
            } else {
                readList.addObject().put("Read_Account", id);
            }
        }
        reply.put("Cursor", page.cursor());
        return reply;
    }
}
