package dev.parley.relationship.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.parley.model.error.ErrorCode;
import dev.parley.model.relationship.events.BlacklistRemoved;
import dev.parley.model.relationship.events.RelationshipEvent;
import dev.parley.platform.apps.AppInfo;
import dev.parley.platform.tencent.CommandRequest;

/**
 * {@code black_list_delete}: takes up to 1,000 users off {@code From_Account}'s blacklist (the friendship ended by
 * the blacklisting is not restored). Per item: success when the user was blacklisted (even if the account has since
 * been deleted), else 30003 no such account, else 30001 not in the blacklist (seed FAQ).
 */
@Singleton
public class BlackListDeleteCommand extends RelationshipCommand {
    static final int MAX_ITEMS = 1_000;

    BlackListDeleteCommand(RelationshipDeps deps) {
        super(deps, SNS, Family.SNS);
    }

    @Override
    public String command() {
        return "black_list_delete";
    }

    @Override
    ObjectNode handle(AppInfo app, CommandRequest request) {
        String from = fromAccount(app, request);
        List<String> targets = Fields.userIds(family(), request.body(), "To_Account", MAX_ITEMS);
        return writer.serialized(app.appId(), from, () -> {
            String appId = app.appId();
            Set<String> blocked = store.blockedAmong(appId, from, targets);
            Set<String> missing = missingAccounts(app, targets);
            List<RelationshipEvent> facts = new ArrayList<>();
            ObjectNode reply = ok();
            ArrayNode items = reply.putArray("ResultItem");
            for (String target : targets) {
                ErrorCode code;
                if (blocked.contains(target)) {
                    code = ErrorCode.SUCCESS;
                    facts.add(new BlacklistRemoved(appId, from, target));
                } else if (missing.contains(target)) {
                    code = ErrorCode.SNS_ACCOUNT_NOT_FOUND;
                } else {
                    code = ErrorCode.SNS_INVALID_PARAMETER;
                }
                result(items, target, code);
            }
            writer.commit(from, request.requestId(), facts);
            failAccounts(reply, items, "To_Account");
            return reply;
        });
    }
}
