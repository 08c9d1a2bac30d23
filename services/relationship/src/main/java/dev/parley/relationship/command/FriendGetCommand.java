package dev.parley.relationship.command;

import java.util.List;
import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.parley.platform.apps.AppInfo;
import dev.parley.platform.tencent.CommandRequest;
import dev.parley.relationship.domain.Friend;

/**
 * {@code friend_get}: From_Account's friends, 100 a page from {@code StartIndex}, each with its SNS tags (lists,
 * remark, add source, wording, time, custom tags; empty ones left out). The request's sequences are not compared:
 * every page carries full data, and {@code StandardSequence} / {@code CustomSequence} answer 0.
 */
@Singleton
public class FriendGetCommand extends RelationshipCommand {
    static final int PAGE_SIZE = 100;

    FriendGetCommand(RelationshipDeps deps) {
        super(deps, SNS, Family.SNS);
    }

    @Override
    public String command() {
        return "friend_get";
    }

    @Override
    ObjectNode handle(AppInfo app, CommandRequest request) {
        String from = fromAccount(app, request);
        Long startIndex = Fields.optionalLong(family(), request.body(), "StartIndex");
        Fields.optionalLong(family(), request.body(), "StandardSequence");
        Fields.optionalLong(family(), request.body(), "CustomSequence");
        long start = startIndex == null ? 0 : startIndex;
        List<Friend> friends = store.friends(app.appId(), from);
        int total = friends.size();
        int first = (int) Math.min(start, total);
        int end = Math.min(total, first + PAGE_SIZE);
        ObjectNode reply = ok();
        ArrayNode items = reply.putArray("UserDataItem");
        for (Friend friend : friends.subList(first, end)) {
            ObjectNode item = items.addObject();
            item.put("To_Account", friend.friendId());
            SnsTags.render(friend, item.putArray("ValueItem"));
        }
        reply.put("StandardSequence", 0);
        reply.put("CustomSequence", 0);
        reply.put("FriendNum", total);
        reply.put("CompleteFlag", end >= total ? 1 : 0);
        reply.put("NextStartIndex", end);
        return reply;
    }
}
