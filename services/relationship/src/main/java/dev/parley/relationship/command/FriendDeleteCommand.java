package dev.parley.relationship.command;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.parley.model.error.ErrorCode;
import dev.parley.model.relationship.events.FriendDeleted;
import dev.parley.model.relationship.events.RelationshipEvent;
import dev.parley.platform.apps.AppInfo;
import dev.parley.platform.tencent.CommandRequest;

/**
 * {@code friend_delete}: removes up to 1,000 users from From_Account's friend list; with
 * {@code Delete_Type_Both} (the default) From_Account also leaves their lists. Per item: 31704 not in the list
 * (§2.4), 30003 no such account.
 */
@Singleton
public class FriendDeleteCommand extends RelationshipCommand {
    static final int MAX_ITEMS = 1_000;

    FriendDeleteCommand(RelationshipDeps deps) {
        super(deps, SNS, Family.SNS);
    }

    @Override
    public String command() {
        return "friend_delete";
    }

    @Override
    ObjectNode handle(AppInfo app, CommandRequest request) {
        String from = fromAccount(app, request);
        List<String> targets = Fields.userIds(family(), request.body(), "To_Account", MAX_ITEMS);
        boolean both = Friendship.deleteBoth(family(), request.body());
        return writer.serialized(app.appId(), from, () -> {
            String appId = app.appId();
            Set<String> friends = store.friendsAmong(appId, from, targets);
            Set<String> others = new LinkedHashSet<>(targets);
            others.removeAll(friends);
            Set<String> missing = others.isEmpty() ? Set.of() : missingAccounts(app, others);
            Set<String> friendOf = both ? store.friendOfAmong(appId, from, friends) : Set.of();
            List<RelationshipEvent> facts = new ArrayList<>();
            ObjectNode reply = ok();
            ArrayNode results = reply.putArray("ResultItem");
            for (String target : targets) {
                ErrorCode code;
                if (!friends.contains(target)) {
                    code = Friendship.notFriend(missing, target, ErrorCode.NOT_FRIENDS);
                } else {
                    code = ErrorCode.SUCCESS;
                    facts.add(new FriendDeleted(appId, from, target));
                    if (friendOf.contains(target)) {
                        facts.add(new FriendDeleted(appId, target, from));
                    }
                }
                result(results, target, code);
            }
            writer.commit(from, request.requestId(), facts);
            failAccounts(reply, results, "To_Account");
            return reply;
        });
    }
}
