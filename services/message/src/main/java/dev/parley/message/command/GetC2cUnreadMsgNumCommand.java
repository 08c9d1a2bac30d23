package dev.parley.message.command;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.parley.message.conversation.ConversationStore;
import dev.parley.message.pipeline.Conversations;
import dev.parley.platform.accounts.AccountDirectory;
import dev.parley.platform.apps.AppDirectory;
import dev.parley.platform.apps.AppInfo;
import dev.parley.platform.tencent.CommandRequest;
import dev.parley.platform.tencent.TencentReply;

/**
 * {@code openim/get_c2c_unread_msg_num} (§5.3.7): {@code To_Account}'s unread one-to-one messages in all
 * conversations ({@code AllC2CUnreadMsgNum}) and, for up to 10 {@code Peer_Account}, per conversation
 * ({@code C2CUnreadMsgNumList}); a peer that is not a valid UserID (90001) or not an account (90048) is listed in
 * {@code ErrorList}. Unread counts are a projection of the message stream: a message counts within moments.
 */
@Singleton
public class GetC2cUnreadMsgNumCommand extends MessageCommand {
    private static final int MAX_PEERS = 10;

    private final AccountDirectory accounts;
    private final ConversationStore store;

    GetC2cUnreadMsgNumCommand(AppDirectory apps, AccountDirectory accounts, ConversationStore store) {
        super(apps);
        this.accounts = accounts;
        this.store = store;
    }

    @Override
    public String service() {
        return "openim";
    }

    @Override
    public String command() {
        return "get_c2c_unread_msg_num";
    }

    @Override
    ObjectNode handle(AppInfo app, CommandRequest request) {
        JsonNode body = request.body();
        String user = MessageFields.userId(body, "To_Account", 90003);
        List<String> peers = MessageFields.strings(body, "Peer_Account", 90001);
        if (peers.size() > MAX_PEERS) {
            throw new Refused(90001, "Peer_Account lists at most 10 accounts");
        }
        if (!accounts.missing(app, List.of(user)).isEmpty()) {
            throw new Refused(90003, "To_Account does not exist");
        }
        Map<String, Long> unread = store.unreadCounts(app.appId(), user);
        ObjectNode reply = TencentReply.ok();
        reply.put(
                "AllC2CUnreadMsgNum",
                unread.values().stream().mapToLong(Long::longValue).sum());
        if (peers.isEmpty()) {
            return reply;
        }
        Set<String> distinct = new LinkedHashSet<>(peers);
        List<String> valid = new ArrayList<>();
        ArrayNode errors = reply.arrayNode();
        for (String peer : distinct) {
            if (MessageFields.validUserId(peer)) {
                valid.add(peer);
            } else {
                errors.addObject().put("Peer_Account", peer).put("ErrorCode", 90001);
            }
        }
        Set<String> unknown = valid.isEmpty() ? Set.of() : accounts.missing(app, valid);
        ArrayNode list = reply.putArray("C2CUnreadMsgNumList");
        for (String peer : valid) {
            if (unknown.contains(peer)) {
                errors.addObject().put("Peer_Account", peer).put("ErrorCode", 90048);
            } else {
                list.addObject()
                        .put("Peer_Account", peer)
                        .put("C2CUnreadMsgNum", unread.getOrDefault(Conversations.c2c(user, peer), 0L));
            }
        }
        if (!errors.isEmpty()) {
            reply.set("ErrorList", errors);
        }
        return reply;
    }
}
