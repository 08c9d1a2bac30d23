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
import dev.parley.model.relationship.events.RelationshipEvent;
import dev.parley.platform.apps.AppInfo;
import dev.parley.platform.tencent.CommandRequest;

/**
 * {@code friend_import}: puts up to 100 users in From_Account's friend list as they are (one-way, with their
 * remark, lists, add source, times and custom tags), without AllowType or blacklist checks. Per item: 30001 self
 * or already a friend, 30003 no such account, 30010 friend limit, 30011 list limit (missing lists are created).
 */
@Singleton
public class FriendImportCommand extends RelationshipCommand {
    static final int MAX_ITEMS = 100;

    FriendImportCommand(RelationshipDeps deps) {
        super(deps, SNS, Family.SNS);
    }

    @Override
    public String command() {
        return "friend_import";
    }

    /** One AddFriendItem; null times are "now" / "with the add". */
    private record Item(
            String to,
            String remark,
            Long remarkTime,
            List<String> groups,
            String addSource,
            String addWording,
            Long addTime,
            Map<String, String> custom) {}

    @Override
    ObjectNode handle(AppInfo app, CommandRequest request) {
        String from = fromAccount(app, request);
        List<Item> items = new ArrayList<>();
        for (JsonNode item : Fields.array(family(), request.body(), "AddFriendItem", MAX_ITEMS)) {
            if (!item.isObject()) {
                throw family().bad("AddFriendItem must hold objects");
            }
            items.add(new Item(
                    Fields.userId(family(), item, "To_Account"),
                    SnsTags.remark(family(), item, "Remark"),
                    Fields.optionalLong(family(), item, "RemarkTime"),
                    SnsTags.listNames(family(), item.get("GroupName"), "GroupName"),
                    SnsTags.addSource(family(), item, "AddSource"),
                    SnsTags.wording(family(), item, "AddWording"),
                    Fields.optionalLong(family(), item, "AddTime"),
                    SnsTags.customItems(family(), app, item, "CustomItem")));
        }
        return writer.serialized(app.appId(), from, () -> {
            String appId = app.appId();
            Set<String> targets = new LinkedHashSet<>();
            items.forEach(item -> targets.add(item.to()));
            Set<String> missing = missingAccounts(app, targets);
            Set<String> friends = new HashSet<>(store.friendsAmong(appId, from, targets));
            Map<String, Long> outgoing = new LinkedHashMap<>(store.outgoingRequests(appId, from));
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
                } else if (count >= Friendship.FRIEND_LIMIT) {
                    code = ErrorCode.FRIEND_LIMIT_REACHED;
                } else if (!lists.ensure(item.groups())) {
                    code = ErrorCode.FRIEND_GROUP_LIMIT_REACHED;
                } else {
                    code = ErrorCode.SUCCESS;
                    long addTime = item.addTime() == null ? now : item.addTime();
                    long remarkTime = item.remarkTime() != null
                            ? item.remarkTime()
                            : item.remark().isEmpty() ? 0 : addTime;
                    facts.add(Friendship.imported(
                            appId,
                            from,
                            to,
                            item.remark(),
                            item.groups(),
                            item.addSource(),
                            item.addWording(),
                            addTime,
                            remarkTime,
                            item.custom()));
                    friends.add(to);
                    count++;
                    if (outgoing.remove(to) != null) {
                        facts.add(Friendship.resolved(appId, from, to, Friendship.SUPERSEDED, now));
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
