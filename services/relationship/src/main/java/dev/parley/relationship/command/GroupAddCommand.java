package dev.parley.relationship.command;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.parley.model.error.ErrorCode;
import dev.parley.model.relationship.events.FriendUpdated;
import dev.parley.model.relationship.events.RelationshipEvent;
import dev.parley.platform.apps.AppInfo;
import dev.parley.platform.tencent.CommandRequest;
import dev.parley.relationship.domain.Friend;

/**
 * {@code group_add}: creates friend lists (not IM groups) and optionally puts friends in all the named lists.
 * Names that already exist are skipped; the request fails with 30001 when every name exists and with 30011 when
 * the user would have more than 32 lists. Per To_Account: 30001 not a friend, 30003 no such account.
 */
@Singleton
public class GroupAddCommand extends RelationshipCommand {
    static final int MAX_FRIENDS = 1_000;

    GroupAddCommand(RelationshipDeps deps) {
        super(deps, SNS, Family.SNS);
    }

    @Override
    public String command() {
        return "group_add";
    }

    @Override
    ObjectNode handle(AppInfo app, CommandRequest request) {
        String from = fromAccount(app, request);
        JsonNode body = request.body();
        List<String> names = SnsTags.requiredListNames(family(), body);
        JsonNode members = body.get("To_Account");
        boolean withFriends = members != null && !members.isNull();
        List<String> targets = withFriends ? Fields.userIds(family(), body, "To_Account", MAX_FRIENDS) : List.of();
        return writer.serialized(app.appId(), from, () -> {
            String appId = app.appId();
            FriendLists lists = FriendLists.load(store, appId, from);
            if (names.stream().allMatch(lists::contains)) {
                throw family().bad("Every GroupName is already a friend list");
            }
            if (!lists.ensure(names)) {
                throw new BadRequest(ErrorCode.FRIEND_GROUP_LIMIT_REACHED, "A user has at most 32 friend lists");
            }
            List<RelationshipEvent> facts = new ArrayList<>();
            ObjectNode reply = ok();
            if (withFriends) {
                Map<String, Friend> friends = new LinkedHashMap<>();
                for (Friend friend : store.friends(appId, from)) {
                    friends.put(friend.friendId(), friend);
                }
                Set<String> others = new LinkedHashSet<>(targets);
                others.removeAll(friends.keySet());
                Set<String> missing = others.isEmpty() ? Set.of() : missingAccounts(app, others);
                long now = Instant.now().getEpochSecond();
                ArrayNode results = reply.putArray("ResultItem");
                for (String target : targets) {
                    Friend friend = friends.get(target);
                    ErrorCode code;
                    if (friend == null) {
                        code = Friendship.notFriend(missing, target, ErrorCode.SNS_INVALID_PARAMETER);
                    } else {
                        code = ErrorCode.SUCCESS;
                        Set<String> groups = new LinkedHashSet<>(friend.groups());
                        if (groups.addAll(names)) {
                            facts.add(new FriendUpdated(
                                    appId, from, target, null, new ArrayList<>(groups), Map.of(), now));
                        }
                    }
                    result(results, target, code);
                }
                failAccounts(reply, results, "To_Account");
            }
            writer.commit(from, request.requestId(), Friendship.withListChanges(List.of(lists), facts));
            reply.put("CurrentSequence", lists.currentSequence());
            return reply;
        });
    }
}
