package dev.parley.relationship.command;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
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
import dev.parley.model.relationship.events.FriendRequested;
import dev.parley.model.relationship.events.RelationshipEvent;
import dev.parley.platform.apps.AppInfo;
import dev.parley.platform.tencent.CommandRequest;
import dev.parley.relationship.domain.FriendRequest;

/**
 * {@code friend_add}: adds up to 100 friends, one-way or both ways (the default). The whole request fails with
 * 30009 when the backend forbids From_Account to send requests. Per item: 30001 self or already a friend, 30003
 * no such account, 30515 / 30525 blacklist either way, 30010 / 30014 friend limit, and unless ForceAddFlags is 1
 * the target's AllowType: 30516 DenyAny, 30539 NeedConfirm (a pending request is recorded; 30012 when 100 are
 * pending). A GroupName that is not a list yet is created (30011 past 32 lists).
 */
@Singleton
public class FriendAddCommand extends RelationshipCommand {
    static final int MAX_ITEMS = 100;

    FriendAddCommand(RelationshipDeps deps) {
        super(deps, SNS, Family.SNS);
    }

    @Override
    public String command() {
        return "friend_add";
    }

    /** One AddFriendItem. */
    private record Item(String to, String remark, String groupName, String addSource, String addWording) {}

    @Override
    ObjectNode handle(AppInfo app, CommandRequest request) {
        String from = fromAccount(app, request);
        JsonNode body = request.body();
        String addType = Friendship.addType(family(), body);
        boolean both = addType.equals(Friendship.ADD_TYPE_BOTH);
        Long force = Fields.optionalLong(family(), body, "ForceAddFlags");
        if (force != null && force > 1) {
            throw family().bad("ForceAddFlags must be 0 or 1");
        }
        boolean forced = force != null && force == 1;
        List<Item> items = new ArrayList<>();
        for (JsonNode item : Fields.array(family(), body, "AddFriendItem", MAX_ITEMS)) {
            if (!item.isObject()) {
                throw family().bad("AddFriendItem must hold objects");
            }
            items.add(new Item(
                    Fields.userId(family(), item, "To_Account"),
                    SnsTags.remark(family(), item, "Remark"),
                    SnsTags.optionalListName(family(), item, "GroupName"),
                    SnsTags.addSource(family(), item, "AddSource"),
                    SnsTags.wording(family(), item, "AddWording")));
        }
        return writer.serialized(app.appId(), from, () -> {
            String appId = app.appId();
            if (Friendship.forbiddenToSend(store, appId, from)) {
                throw new BadRequest(
                        ErrorCode.FRIEND_REQUEST_FORBIDDEN, "From_Account is forbidden to send friend requests");
            }
            Set<String> targets = new LinkedHashSet<>();
            items.forEach(item -> targets.add(item.to()));
            Set<String> missing = missingAccounts(app, targets);
            Set<String> friends = new HashSet<>(store.friendsAmong(appId, from, targets));
            Set<String> friendOf = new HashSet<>(store.friendOfAmong(appId, from, targets));
            Set<String> blocked = store.blockedAmong(appId, from, targets);
            Set<String> blockedBy = store.blockedByAmong(appId, from, targets);
            Map<String, Long> outgoing = new LinkedHashMap<>(store.outgoingRequests(appId, from));
            Set<String> incoming = new HashSet<>();
            for (FriendRequest pending : store.incomingRequests(appId, from)) {
                incoming.add(pending.requesterId());
            }
            FriendLists lists = FriendLists.load(store, appId, from);
            long count = store.friendCount(appId, from);
            long now = Instant.now().getEpochSecond();
            List<RelationshipEvent> facts = new ArrayList<>();
            ObjectNode reply = ok();
            ArrayNode results = reply.putArray("ResultItem");
            for (Item item : items) {
                String to = item.to();
                ErrorCode code;
                if (to.equals(from)) {
                    code = ErrorCode.SNS_INVALID_PARAMETER;
                } else if (missing.contains(to)) {
                    code = ErrorCode.SNS_ACCOUNT_NOT_FOUND;
                } else if (friends.contains(to)) {
                    code = ErrorCode.SNS_INVALID_PARAMETER;
                } else if (blocked.contains(to)) {
                    code = ErrorCode.TARGET_IN_BLACKLIST;
                } else if (blockedBy.contains(to)) {
                    code = ErrorCode.IN_TARGET_BLACKLIST;
                } else if (count >= Friendship.FRIEND_LIMIT) {
                    code = ErrorCode.FRIEND_LIMIT_REACHED;
                } else if (both && !friendOf.contains(to) && store.friendCount(appId, to) >= Friendship.FRIEND_LIMIT) {
                    code = ErrorCode.PEER_FRIEND_LIMIT_REACHED;
                } else {
                    String allow = forced ? Friendship.ALLOW_ANY : Friendship.allowType(store, appId, to);
                    if (allow.equals(Friendship.DENY_ANY)) {
                        code = ErrorCode.TARGET_DENIES_ALL;
                    } else if (!allow.equals(Friendship.ALLOW_ANY)) {
                        code = ErrorCode.FRIEND_REQUEST_PENDING;
                        if (!outgoing.containsKey(to)) {
                            if (outgoing.size() >= Friendship.PENDING_LIMIT) {
                                code = ErrorCode.PENDING_LIMIT_REACHED;
                            } else {
                                facts.add(new FriendRequested(
                                        appId,
                                        from,
                                        to,
                                        addType,
                                        item.remark(),
                                        item.groupName() == null ? "" : item.groupName(),
                                        item.addSource(),
                                        item.addWording(),
                                        now));
                                outgoing.put(to, now);
                            }
                        }
                    } else {
                        List<String> groups = item.groupName() == null ? List.of() : List.of(item.groupName());
                        if (!lists.ensure(groups)) {
                            code = ErrorCode.FRIEND_GROUP_LIMIT_REACHED;
                        } else {
                            code = ErrorCode.SUCCESS;
                            facts.add(Friendship.added(
                                    appId, from, to, item.remark(), groups, item.addSource(), item.addWording(), now));
                            friends.add(to);
                            count++;
                            if (outgoing.remove(to) != null) {
                                facts.add(Friendship.resolved(appId, from, to, Friendship.SUPERSEDED, now));
                            }
                            if (both) {
                                if (friendOf.add(to)) {
                                    facts.add(Friendship.added(
                                            appId, to, from, "", List.of(), item.addSource(), "", now));
                                }
                                if (incoming.remove(to)) {
                                    facts.add(Friendship.resolved(appId, to, from, Friendship.SUPERSEDED, now));
                                }
                            }
                        }
                    }
                }
                result(results, to, code);
            }
            writer.commit(from, request.requestId(), Friendship.withListChanges(List.of(lists), facts));
            failAccounts(reply, results, "To_Account");
            return reply;
        });
    }
}
