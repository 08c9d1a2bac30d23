package dev.parley.relationship.command;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.parley.model.relationship.events.FriendUpdated;
import dev.parley.model.relationship.events.RelationshipEvent;
import dev.parley.platform.apps.AppInfo;
import dev.parley.platform.tencent.CommandRequest;
import dev.parley.relationship.domain.Friend;

/**
 * {@code group_delete}: deletes friend lists (not IM groups); their friends stay friends and only lose the lists.
 * A name that is not a list fails the request with 30001.
 */
@Singleton
public class GroupDeleteCommand extends RelationshipCommand {
    GroupDeleteCommand(RelationshipDeps deps) {
        super(deps, SNS, Family.SNS);
    }

    @Override
    public String command() {
        return "group_delete";
    }

    @Override
    ObjectNode handle(AppInfo app, CommandRequest request) {
        String from = fromAccount(app, request);
        JsonNode body = request.body();
        List<String> names = SnsTags.requiredListNames(family(), body);
        return writer.serialized(app.appId(), from, () -> {
            String appId = app.appId();
            FriendLists lists = FriendLists.load(store, appId, from);
            if (!names.stream().allMatch(lists::contains)) {
                throw family().bad("GroupName holds a name that is not a friend list");
            }
            lists.delete(names);
            long now = Instant.now().getEpochSecond();
            List<RelationshipEvent> facts = new ArrayList<>();
            for (Friend friend : store.friends(appId, from)) {
                List<String> groups = new ArrayList<>(friend.groups());
                if (groups.removeAll(names)) {
                    facts.add(new FriendUpdated(appId, from, friend.friendId(), null, groups, Map.of(), now));
                }
            }
            writer.commit(from, request.requestId(), Friendship.withListChanges(List.of(lists), facts));
            ObjectNode reply = ok();
            reply.put("CurrentSequence", lists.currentSequence());
            return reply;
        });
    }
}
