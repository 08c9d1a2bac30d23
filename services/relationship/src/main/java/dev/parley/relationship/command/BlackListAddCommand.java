package dev.parley.relationship.command;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.parley.model.error.ErrorCode;
import dev.parley.model.relationship.events.BlacklistAdded;
import dev.parley.model.relationship.events.FriendDeleted;
import dev.parley.model.relationship.events.RelationshipEvent;
import dev.parley.platform.apps.AppInfo;
import dev.parley.platform.tencent.CommandRequest;

/**
 * {@code black_list_add}: blacklists up to 1,000 users. Blacklisting ends the friendship in both directions. Per
 * item: 30001 already blacklisted (seed FAQ), 30003 no such account, 30013 blacklist full (1,000).
 */
@Singleton
public class BlackListAddCommand extends RelationshipCommand {
    static final int MAX_ITEMS = 1_000;
    static final int BLACKLIST_LIMIT = 1_000;

    BlackListAddCommand(RelationshipDeps deps) {
        super(deps, SNS, Family.SNS);
    }

    @Override
    public String command() {
        return "black_list_add";
    }

    @Override
    ObjectNode handle(AppInfo app, CommandRequest request) {
        String from = fromAccount(app, request);
        List<String> targets = Fields.userIds(family(), request.body(), "To_Account", MAX_ITEMS);
        return writer.serialized(app.appId(), from, () -> {
            String appId = app.appId();
            Set<String> missing = missingAccounts(app, targets);
            Set<String> blocked = store.blockedAmong(appId, from, targets);
            Set<String> friends = store.friendsAmong(appId, from, targets);
            Set<String> friendOf = store.friendOfAmong(appId, from, targets);
            long count = store.blacklistCount(appId, from);
            long now = Instant.now().getEpochSecond();
            List<RelationshipEvent> facts = new ArrayList<>();
            ObjectNode reply = ok();
            ArrayNode items = reply.putArray("ResultItem");
            for (String target : targets) {
                ErrorCode code;
                if (missing.contains(target) || target.equals(from)) {
                    code = missing.contains(target) ? ErrorCode.SNS_ACCOUNT_NOT_FOUND : ErrorCode.SNS_INVALID_PARAMETER;
                } else if (blocked.contains(target)) {
                    code = ErrorCode.SNS_INVALID_PARAMETER;
                } else if (count >= BLACKLIST_LIMIT) {
                    code = ErrorCode.BLACKLIST_LIMIT_REACHED;
                } else {
                    code = ErrorCode.SUCCESS;
                    count++;
                    facts.add(new BlacklistAdded(appId, from, target, now));
                    if (friends.contains(target)) {
                        facts.add(new FriendDeleted(appId, from, target));
                    }
                    if (friendOf.contains(target)) {
                        facts.add(new FriendDeleted(appId, target, from));
                    }
                }
                result(items, target, code);
            }
            writer.commit(from, request.requestId(), facts);
            failAccounts(reply, items, "To_Account");
            return reply;
        });
    }
}
