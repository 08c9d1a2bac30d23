package dev.parley.relationship.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.parley.model.relationship.events.FriendDeleted;
import dev.parley.model.relationship.events.RelationshipEvent;
import dev.parley.platform.apps.AppInfo;
import dev.parley.platform.tencent.CommandRequest;
import dev.parley.relationship.domain.Friend;

/**
 * {@code friend_delete_all}: empties From_Account's friend list; with {@code Delete_Type_Both} (the default)
 * From_Account also leaves the lists of those friends. Friend lists themselves are kept.
 */
@Singleton
public class FriendDeleteAllCommand extends RelationshipCommand {
    FriendDeleteAllCommand(RelationshipDeps deps) {
        super(deps, SNS, Family.SNS);
    }

    @Override
    public String command() {
        return "friend_delete_all";
    }

    @Override
    ObjectNode handle(AppInfo app, CommandRequest request) {
        String from = fromAccount(app, request);
        boolean both = Friendship.deleteBoth(family(), request.body());
        return writer.serialized(app.appId(), from, () -> {
            String appId = app.appId();
            List<String> friends = new ArrayList<>();
            for (Friend friend : store.friends(appId, from)) {
                friends.add(friend.friendId());
            }
            Set<String> friendOf = both && !friends.isEmpty() ? store.friendOfAmong(appId, from, friends) : Set.of();
            List<RelationshipEvent> facts = new ArrayList<>();
            for (String friend : friends) {
                facts.add(new FriendDeleted(appId, from, friend));
                if (friendOf.contains(friend)) {
                    facts.add(new FriendDeleted(appId, friend, from));
                }
            }
            writer.commit(from, request.requestId(), facts);
            return ok();
        });
    }
}
