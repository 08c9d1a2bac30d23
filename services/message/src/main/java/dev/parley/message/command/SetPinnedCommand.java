package dev.parley.message.command;

import java.util.List;
import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.parley.message.conversation.ConversationStore;
import dev.parley.platform.accounts.AccountDirectory;
import dev.parley.platform.apps.AppDirectory;
import dev.parley.platform.apps.AppInfo;
import dev.parley.platform.tencent.CommandRequest;
import dev.parley.platform.tencent.TencentReply;

/**
 * {@code parley_recentcontact_svc/set_pinned} (Parley's own command, until the client protocol pins
 * conversations): {@code From_Account}, {@code Type} 1 with {@code To_Account} or 2 with {@code ToGroupid},
 * {@code Pinned} 0/1. Sets the conversation's {@code TopFlag} in {@code recentcontact/get_list}. Codes as
 * recentcontact: 50002 bad input, 50001 unknown account.
 */
@Singleton
public class SetPinnedCommand extends MessageCommand {
    private final AccountDirectory accounts;
    private final ConversationStore store;

    SetPinnedCommand(AppDirectory apps, AccountDirectory accounts, ConversationStore store) {
        super(apps);
        this.accounts = accounts;
        this.store = store;
    }

    @Override
    public String service() {
        return "parley_recentcontact_svc";
    }

    @Override
    public String command() {
        return "set_pinned";
    }

    @Override
    ObjectNode handle(AppInfo app, CommandRequest request) {
        JsonNode body = request.body();
        String user = MessageFields.userId(body, "From_Account", 50002);
        ConversationTargets.Target target = ConversationTargets.parse(body, user);
        if (MessageFields.optionalUint32(body, "Pinned", 50002) == null) {
            throw new Refused(50002, "Pinned is required: 0 or 1");
        }
        boolean pinned = MessageFields.flag(body, "Pinned", 50002);
        if (!accounts.missing(app, List.of(user)).isEmpty()) {
            throw new Refused(50001, "From_Account does not exist");
        }
        if (target.c2c() && !accounts.missing(app, List.of(target.peer())).isEmpty()) {
            throw new Refused(50001, "To_Account does not exist");
        }
        store.setPinned(app.appId(), user, target.conversationId(), target.type(), target.peer(), pinned);
        return TencentReply.ok();
    }
}
