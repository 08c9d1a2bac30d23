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

/**
 * {@code friend_update}: changes From_Account's data about up to 100 friends. Writable tags are
 * {@code Tag_SNS_IM_Remark}, {@code Tag_SNS_IM_Group} (lists that do not exist yet are created) and declared
 * {@code Tag_SNS_Custom_*} (an empty value deletes it); any other tag fails the request with 30001. Per item:
 * 30001 not a friend, 30003 no such account, 30011 list limit.
 */
@Singleton
public class FriendUpdateCommand extends RelationshipCommand {
    static final int MAX_ITEMS = 100;
    static final int MAX_TAGS = 100;

    FriendUpdateCommand(RelationshipDeps deps) {
        super(deps, SNS, Family.SNS);
    }

    @Override
    public String command() {
        return "friend_update";
    }

    /** One UpdateItem: null remark / groups are unchanged. */
    private record Item(String to, String remark, List<String> groups, Map<String, String> custom) {}

    @Override
    ObjectNode handle(AppInfo app, CommandRequest request) {
        String from = fromAccount(app, request);
        List<Item> items = new ArrayList<>();
        for (JsonNode item : Fields.array(family(), request.body(), "UpdateItem", MAX_ITEMS)) {
            if (!item.isObject()) {
                throw family().bad("UpdateItem must hold objects");
            }
            items.add(item(app, item));
        }
        return writer.serialized(app.appId(), from, () -> {
            String appId = app.appId();
            Set<String> targets = new LinkedHashSet<>();
            items.forEach(item -> targets.add(item.to()));
            Set<String> friends = store.friendsAmong(appId, from, targets);
            Set<String> others = new LinkedHashSet<>(targets);
            others.removeAll(friends);
            Set<String> missing = others.isEmpty() ? Set.of() : missingAccounts(app, others);
            FriendLists lists = FriendLists.load(store, appId, from);
            long now = Instant.now().getEpochSecond();
            List<RelationshipEvent> facts = new ArrayList<>();
            ObjectNode reply = ok();
            ArrayNode results = reply.putArray("ResultItem");
            for (Item item : items) {
                ErrorCode code;
                if (!friends.contains(item.to())) {
                    code = Friendship.notFriend(missing, item.to(), ErrorCode.SNS_INVALID_PARAMETER);
                } else if (item.groups() != null && !lists.ensure(item.groups())) {
                    code = ErrorCode.FRIEND_GROUP_LIMIT_REACHED;
                } else {
                    code = ErrorCode.SUCCESS;
                    facts.add(new FriendUpdated(
                            appId, from, item.to(), item.remark(), item.groups(), item.custom(), now));
                }
                result(results, item.to(), code);
            }
            writer.commit(from, request.requestId(), Friendship.withListChanges(List.of(lists), facts));
            failAccounts(reply, results, "To_Account");
            return reply;
        });
    }

    private Item item(AppInfo app, JsonNode item) {
        String to = Fields.userId(family(), item, "To_Account");
        String remark = null;
        List<String> groups = null;
        Map<String, String> custom = new LinkedHashMap<>();
        for (JsonNode pair : Fields.array(family(), item, "SnsItem", MAX_TAGS)) {
            String tag = SnsTags.tag(family(), pair, "SnsItem");
            JsonNode value = pair.get("Value");
            if (tag.equals(SnsTags.REMARK)) {
                if (value == null || !value.isTextual()) {
                    throw family().bad("SnsItem Value of Tag_SNS_IM_Remark must be a string");
                }
                remark = Fields.optionalText(family(), pair, "Value", SnsTags.MAX_REMARK_BYTES);
            } else if (tag.equals(SnsTags.GROUP)) {
                if (value == null || !value.isArray()) {
                    throw family().bad("SnsItem Value of Tag_SNS_IM_Group must be an array of friend-list names");
                }
                groups = SnsTags.listNames(family(), value, "SnsItem Value of Tag_SNS_IM_Group");
            } else if (SnsTags.isDeclaredCustom(app, tag)) {
                custom.put(tag, SnsTags.customValue(family(), value, "SnsItem Value"));
            } else {
                throw family().bad("SnsItem may only hold Tag_SNS_IM_Remark, Tag_SNS_IM_Group"
                        + " and Tag_SNS_Custom_ tags the app declared");
            }
        }
        return new Item(to, remark, groups, Map.copyOf(custom));
    }
}
