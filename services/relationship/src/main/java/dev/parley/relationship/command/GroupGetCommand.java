package dev.parley.relationship.command;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.parley.platform.apps.AppInfo;
import dev.parley.platform.tencent.CommandRequest;
import dev.parley.relationship.domain.Friend;

/**
 * {@code group_get}: From_Account's friend lists (not IM groups) with their friend counts, and their friends when
 * {@code NeedFriend} is {@code Need_Friend_Type_Yes}; {@code GroupName} narrows to the named lists (names that are
 * not lists are skipped). {@code LastSequence} is not compared: the answer is always full.
 */
@Singleton
public class GroupGetCommand extends RelationshipCommand {
    static final String NEED_FRIEND = "Need_Friend_Type_Yes";

    GroupGetCommand(RelationshipDeps deps) {
        super(deps, SNS, Family.SNS);
    }

    @Override
    public String command() {
        return "group_get";
    }

    @Override
    ObjectNode handle(AppInfo app, CommandRequest request) {
        String from = fromAccount(app, request);
        JsonNode body = request.body();
        boolean needFriend = NEED_FRIEND.equals(Fields.optionalText(family(), body, "NeedFriend"));
        Fields.optionalLong(family(), body, "LastSequence");
        List<String> filter = SnsTags.listNames(family(), body.get("GroupName"), "GroupName");
        String appId = app.appId();
        long sequence = store.friendListSequence(appId, from);
        Map<String, List<String>> members = new LinkedHashMap<>();
        for (String name : store.friendLists(appId, from)) {
            if (filter.isEmpty() || filter.contains(name)) {
                members.put(name, new ArrayList<>());
            }
        }
        if (!members.isEmpty()) {
            for (Friend friend : store.friends(appId, from)) {
                for (String group : friend.groups()) {
                    List<String> list = members.get(group);
                    if (list != null) {
                        list.add(friend.friendId());
                    }
                }
            }
        }
        ObjectNode reply = ok();
        ArrayNode items = reply.putArray("ResultItem");
        members.forEach((name, friends) -> {
            ObjectNode item = items.addObject();
            item.put("GroupName", name);
            item.put("FriendNumber", friends.size());
            if (needFriend) {
                ArrayNode ids = item.putArray("To_Account");
                friends.forEach(ids::add);
            }
        });
        reply.put("CurrentSequence", sequence);
        return reply;
    }
}
