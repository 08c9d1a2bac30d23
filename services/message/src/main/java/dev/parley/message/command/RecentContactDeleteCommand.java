package dev.parley.message.command;

import java.util.List;
import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.parley.message.conversation.ReadState;
import dev.parley.platform.accounts.AccountDirectory;
import dev.parley.platform.apps.AppDirectory;
import dev.parley.platform.apps.AppInfo;
import dev.parley.platform.tencent.CommandRequest;
import dev.parley.platform.tencent.TencentReply;

/**
 * {@code recentcontact/delete}: removes a conversation from {@code From_Account}'s list (and reads it) until a
 * later message; {@code ClearRamble: 1} also deletes the user's roaming messages of it up to now, one-sidedly.
 * Publishes ConversationDeleted (and MessagesDeletedForUser with ClearRamble).
 */
@Singleton
public class RecentContactDeleteCommand extends MessageCommand {
    private final AccountDirectory accounts;
    private final ReadState readState;

    RecentContactDeleteCommand(AppDirectory apps, AccountDirectory accounts, ReadState readState) {
        super(apps);
        this.accounts = accounts;
        this.readState = readState;
    }

    @Override
    public String service() {
        return "recentcontact";
    }

    @Override
    public String command() {
        return "delete";
    }

    @Override
    ObjectNode handle(AppInfo app, CommandRequest request) {
        JsonNode body = request.body();
        String user = MessageFields.userId(body, "From_Account", 50002);
        ConversationTargets.Target target = ConversationTargets.parse(body, user);
        boolean clearRamble = MessageFields.flag(body, "ClearRamble", 50002);
        if (!accounts.missing(app, List.of(user)).isEmpty()) {
            throw new Refused(50001, "From_Account does not exist");
        }
        if (target.c2c() && !accounts.missing(app, List.of(target.peer())).isEmpty()) {
            throw new Refused(50001, "To_Account does not exist");
        }
        readState.delete(
                app.appId(), user, target.conversationId(), clearRamble, request.identifier(), request.requestId());
        ObjectNode reply = TencentReply.ok();
        reply.put("ErrorDisplay", "");
        return reply;
    }
}
