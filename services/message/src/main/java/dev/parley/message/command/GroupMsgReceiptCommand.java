package dev.parley.message.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.parley.message.conversation.GroupReceiptStore;
import dev.parley.message.conversation.ReadState;
import dev.parley.message.guard.GroupView;
import dev.parley.platform.apps.AppDirectory;
import dev.parley.platform.apps.AppInfo;
import dev.parley.platform.tencent.CommandRequest;
import dev.parley.platform.tencent.TencentReply;

/**
 * {@code group_open_http_svc/group_msg_receipt}: a member ({@code From_Account}; {@code Operator_Account} and
 * {@code Member_Account} are accepted too) sends read receipts for group messages ({@code MsgSeqList}, ≤ 50).
 * Answers {@code MsgSeqList: [{MsgSeq, ErrorCode, ErrorInfo}]}: 10062 when the message does not exist or was sent
 * without {@code NeedReadReceipt}, 10004 for the reader's own message. Not a member: 10007. Publishes MessagesRead
 * with the receipted sequences.
 */
@Singleton
public class GroupMsgReceiptCommand extends MessageCommand {
    private static final int MAX_MESSAGES = 50;

    private final GroupView groups;
    private final GroupReceiptStore receipts;
    private final ReadState readState;

    GroupMsgReceiptCommand(AppDirectory apps, GroupView groups, GroupReceiptStore receipts, ReadState readState) {
        super(apps);
        this.groups = groups;
        this.receipts = receipts;
        this.readState = readState;
    }

    @Override
    public String service() {
        return "group_open_http_svc";
    }

    @Override
    public String command() {
        return "group_msg_receipt";
    }

    @Override
    ObjectNode handle(AppInfo app, CommandRequest request) {
        JsonNode body = request.body();
        String groupId = MessageFields.groupId(body);
        String reader = null;
        for (String field : new String[] {"From_Account", "Operator_Account", "Member_Account"}) {
            if (reader == null) {
                reader = MessageFields.optionalUserId(body, field, 10004);
            }
        }
        if (reader == null) {
            throw new Refused(10004, "From_Account (the reader) is required");
        }
        List<Long> seqs = ReceiptRequests.msgSeqList(body, MAX_MESSAGES);
        ReceiptRequests.group(groups, app.appId(), groupId);
        if (groups.member(app.appId(), groupId, reader).isEmpty()) {
            throw new Refused(10007, "From_Account is not a member of the group");
        }
        ObjectNode reply = TencentReply.ok();
        ArrayNode results = reply.putArray("MsgSeqList");
        List<Long> receipted = new ArrayList<>();
        for (long seq : seqs) {
            Optional<GroupReceiptStore.Target> target = receipts.target(app.appId(), groupId, seq);
            ObjectNode result = results.addObject().put("MsgSeq", seq);
            if (target.isEmpty() || !target.get().needReadReceipt()) {
                result.put("ErrorCode", 10062).put("ErrorInfo", "No read receipt for this message");
            } else if (target.get().fromAccount().equals(reader)) {
                result.put("ErrorCode", 10004).put("ErrorInfo", "The reader sent this message");
            } else {
                result.put("ErrorCode", 0).put("ErrorInfo", "");
                receipted.add(seq);
            }
        }
        if (!receipted.isEmpty()) {
            readState.receipts(app.appId(), reader, groupId, receipted, request.identifier(), request.requestId());
        }
        return reply;
    }
}
