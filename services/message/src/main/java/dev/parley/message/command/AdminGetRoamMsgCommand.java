package dev.parley.message.command;

import java.util.ArrayList;
import java.util.List;
import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.parley.message.pipeline.Conversations;
import dev.parley.message.store.MessageStore;
import dev.parley.message.store.StoredMessage;
import dev.parley.platform.apps.AppDirectory;
import dev.parley.platform.apps.AppInfo;
import dev.parley.platform.tencent.CommandRequest;
import dev.parley.platform.tencent.TencentReply;

/**
 * {@code openim/admin_getroammsg}: a one-to-one conversation's history in {@code [MinTime, MaxTime]}, newest first,
 * at most {@code MaxCnt} (≤ 100) per page; page on with the returned {@code LastMsgTime}/{@code LastMsgKey}.
 * Accepts {@code Operator_Account}/{@code Peer_Account} and the legacy {@code From_Account}/{@code To_Account}.
 */
@Singleton
public class AdminGetRoamMsgCommand extends MessageCommand {
    private static final int SCAN = 200;

    private final MessageStore store;

    AdminGetRoamMsgCommand(AppDirectory apps, MessageStore store) {
        super(apps);
        this.store = store;
    }

    @Override
    public String service() {
        return "openim";
    }

    @Override
    public String command() {
        return "admin_getroammsg";
    }

    @Override
    ObjectNode handle(AppInfo app, CommandRequest request) {
        JsonNode body = request.body();
        String operator = MessageFields.optionalUserId(body, "Operator_Account", 90001);
        if (operator == null) {
            operator = MessageFields.userId(body, "From_Account", 90001);
        }
        String peer = MessageFields.optionalUserId(body, "Peer_Account", 90001);
        if (peer == null) {
            peer = MessageFields.userId(body, "To_Account", 90001);
        }
        Long maxCnt = MessageFields.optionalUint32(body, "MaxCnt", 90001);
        int limit = maxCnt == null || maxCnt == 0 ? 100 : (int) Math.min(maxCnt, 100);
        long minTime = MessageFields.uint32(body, "MinTime", 90001);
        long maxTime = MessageFields.uint32(body, "MaxTime", 90001);
        String lastKey = MessageFields.optionalText(body, "LastMsgKey", 90001);
        String conversation = Conversations.c2c(operator, peer);

        List<StoredMessage> page = new ArrayList<>();
        boolean more = false;
        boolean afterLastKey = lastKey == null || lastKey.isEmpty();
        long next = store.head(app.appId(), conversation);
        scan:
        while (next > 0) {
            List<StoredMessage> chunk = store.before(app.appId(), conversation, next, SCAN);
            if (chunk.isEmpty()) {
                break;
            }
            for (StoredMessage message : chunk) {
                next = message.seq() - 1;
                if (message.msgTime() < minTime) {
                    break scan;
                }
                if (message.msgTime() > maxTime) {
                    continue;
                }
                if (!afterLastKey) {
                    afterLastKey = message.msgKey().equals(lastKey);
                    continue;
                }
                if (page.size() == limit) {
                    more = true;
                    break scan;
                }
                page.add(message);
            }
        }
        ObjectNode reply = TencentReply.ok();
        reply.put("Complete", more ? 0 : 1);
        reply.put("MsgCnt", page.size());
        StoredMessage last = page.isEmpty() ? null : page.get(page.size() - 1);
        reply.put("LastMsgTime", last == null ? 0 : last.msgTime());
        reply.put("LastMsgKey", last == null ? "" : last.msgKey());
        ArrayNode list = reply.putArray("MsgList");
        for (StoredMessage m : page) {
            ObjectNode item = list.addObject();
            item.put("From_Account", m.fromAccount());
            item.put("To_Account", m.toAccount());
            item.put("MsgSeq", m.msgSeq());
            item.put("MsgRandom", m.msgRandom());
            item.put("MsgTimeStamp", m.msgTime());
            item.put("MsgFlagBits", 0);
            item.put("IsPeerRead", 0);
            item.put("MsgKey", m.msgKey());
            item.set("MsgBody", HistoryJson.body(m));
            item.put("CloudCustomData", m.cloudCustomData() == null ? "" : m.cloudCustomData());
        }
        return reply;
    }
}
