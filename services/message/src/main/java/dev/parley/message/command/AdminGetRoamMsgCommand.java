package dev.parley.message.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.parley.message.pipeline.Conversations;
import dev.parley.message.store.HistoryEntry;
import dev.parley.message.store.HistoryReader;
import dev.parley.message.store.MessageStore;
import dev.parley.message.store.OneSidedDeletes;
import dev.parley.platform.apps.AppDirectory;
import dev.parley.platform.apps.AppInfo;
import dev.parley.platform.tencent.CommandRequest;
import dev.parley.platform.tencent.TencentReply;

/**
 * {@code openim/admin_getroammsg}: a one-to-one conversation's history in {@code [MinTime, MaxTime]}, newest first,
 * at most {@code MaxCnt} (≤ 100) per page; page on with the returned {@code LastMsgTime}/{@code LastMsgKey}.
 * Accepts {@code Operator_Account}/{@code Peer_Account} and the legacy {@code From_Account}/{@code To_Account}.
 * The result is the operator's view: messages the operator deleted one-sidedly ({@code delete_c2c_msg_ramble},
 * {@code ClearRamble}) are left out, the peer still sees them. Recalled messages keep their place with an empty
 * {@code MsgBody}, empty {@code CloudCustomData} and {@code MsgFlagBits} 8.
 */
@Singleton
public class AdminGetRoamMsgCommand extends MessageCommand {
    private static final int SCAN = 200;

    private final MessageStore store;
    private final HistoryReader history;
    private final OneSidedDeletes deletes;

    AdminGetRoamMsgCommand(AppDirectory apps, MessageStore store, HistoryReader history, OneSidedDeletes deletes) {
        super(apps);
        this.store = store;
        this.history = history;
        this.deletes = deletes;
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

        List<HistoryEntry> page = new ArrayList<>();
        boolean more = false;
        boolean afterLastKey = lastKey == null || lastKey.isEmpty();
        // The operator's one-sided deletes: everything up to the cleared mark, and single hidden messages.
        long cleared = deletes.clearedUpTo(app.appId(), operator, conversation);
        Set<Long> hidden = deletes.hidden(app.appId(), operator, conversation);
        long next = store.head(app.appId(), conversation);
        scan:
        while (next > cleared) {
            List<HistoryEntry> chunk = history.between(app.appId(), conversation, next, cleared, SCAN);
            if (chunk.isEmpty()) {
                break;
            }
            for (HistoryEntry message : chunk) {
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
                if (hidden.contains(message.seq())) {
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
        HistoryEntry last = page.isEmpty() ? null : page.get(page.size() - 1);
        reply.put("LastMsgTime", last == null ? 0 : last.msgTime());
        reply.put("LastMsgKey", last == null ? "" : last.msgKey());
        ArrayNode list = reply.putArray("MsgList");
        for (HistoryEntry m : page) {
            ObjectNode item = list.addObject();
            item.put("From_Account", m.fromAccount());
            item.put("To_Account", m.toAccount());
            item.put("MsgSeq", m.msgSeq());
            item.put("MsgRandom", m.msgRandom());
            item.put("MsgTimeStamp", m.msgTime());
            item.put("MsgFlagBits", m.recalled() ? HistoryJson.FLAG_RECALLED : 0);
            item.put("IsPeerRead", 0);
            item.put("MsgKey", m.msgKey());
            item.set("MsgBody", HistoryJson.body(m));
            item.put("CloudCustomData", m.recalled() ? "" : m.cloudCustomData());
        }
        return reply;
    }
}
