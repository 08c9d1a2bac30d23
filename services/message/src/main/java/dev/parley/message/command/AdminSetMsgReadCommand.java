package dev.parley.message.command;

import java.util.List;
import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.parley.message.conversation.ConversationStore;
import dev.parley.message.conversation.ReadState;
import dev.parley.message.pipeline.Conversations;
import dev.parley.platform.accounts.AccountDirectory;
import dev.parley.platform.apps.AppDirectory;
import dev.parley.platform.apps.AppInfo;
import dev.parley.platform.tencent.CommandRequest;
import dev.parley.platform.tencent.TencentReply;

/**
 * {@code openim/admin_set_msg_read} (§5.3.6): {@code Report_Account} has read the messages {@code Peer_Account}
 * sent: all of them up to now, or, with {@code MsgReadTime}, up to the newest unread one sent at or before that
 * time. Publishes MessagesRead; {@code get_c2c_unread_msg_num} answers with it at once. Codes: 90001 bad field,
 * 90048 unknown account.
 */
@Singleton
public class AdminSetMsgReadCommand extends MessageCommand {
    private final AccountDirectory accounts;
    private final ReadState readState;
    private final ConversationStore store;

    AdminSetMsgReadCommand(AppDirectory apps, AccountDirectory accounts, ReadState readState, ConversationStore store) {
        super(apps);
        this.accounts = accounts;
        this.readState = readState;
        this.store = store;
    }

    @Override
    public String service() {
        return "openim";
    }

    @Override
    public String command() {
        return "admin_set_msg_read";
    }

    @Override
    ObjectNode handle(AppInfo app, CommandRequest request) {
        JsonNode body = request.body();
        String reader = MessageFields.userId(body, "Report_Account", 90001);
        String peer = MessageFields.userId(body, "Peer_Account", 90001);
        Long readTime = MessageFields.optionalUint32(body, "MsgReadTime", 90001);
        if (!accounts.missing(app, List.of(reader, peer)).isEmpty()) {
            throw new Refused(90048, "Report_Account or Peer_Account does not exist");
        }
        String conversation = Conversations.c2c(reader, peer);
        long upTo = readTime == null || readTime == 0
                ? readState.head(app.appId(), conversation)
                : store.newestUnreadAtOrBefore(app.appId(), reader, conversation, readTime);
        if (upTo > 0) {
            readState.read(app.appId(), reader, conversation, upTo, request.identifier(), request.requestId());
        }
        return TencentReply.ok();
    }
}
