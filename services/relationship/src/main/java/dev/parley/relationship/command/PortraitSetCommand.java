package dev.parley.relationship.command;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.parley.model.relationship.events.ProfileChangeNotified;
import dev.parley.model.relationship.events.ProfileChanged;
import dev.parley.model.relationship.events.RelationshipEvent;
import dev.parley.platform.apps.AppInfo;
import dev.parley.platform.tencent.CommandRequest;
import dev.parley.relationship.domain.Friend;

/**
 * {@code portrait_set}: sets {@code From_Account}'s profile tags, all or nothing — the first refused item
 * ({@link ProfileValues#check}) fails the whole request with its code. An empty string clears a string tag. The
 * users in {@code From_Account}'s friend list are notified of the change; strangers are not.
 */
@Singleton
public class PortraitSetCommand extends RelationshipCommand {
    /** Most items in one request (12 standard tags plus up to 64 custom ones fit). */
    static final int MAX_ITEMS = 100;

    PortraitSetCommand(RelationshipDeps deps) {
        super(deps, PROFILE, Family.PROFILE);
    }

    @Override
    public String command() {
        return "portrait_set";
    }

    @Override
    ObjectNode handle(AppInfo app, CommandRequest request) {
        String from = fromAccount(app, request);
        List<JsonNode> items = Fields.array(family(), request.body(), "ProfileItem", MAX_ITEMS);
        Map<String, String> changes = ProfileValues.changes(
                items, app.settings().profileCustomKeysOrEmpty(), app.isAdmin(request.identifier()));
        return writer.serialized(app.appId(), from, () -> {
            String appId = app.appId();
            List<RelationshipEvent> facts = new ArrayList<>();
            facts.add(new ProfileChanged(appId, from, changes, Instant.now().getEpochSecond()));
            List<String> recipients = new ArrayList<>();
            for (Friend friend : store.friends(appId, from)) {
                recipients.add(friend.friendId());
            }
            if (!recipients.isEmpty()) {
                facts.add(new ProfileChangeNotified(appId, from, recipients, changes));
            }
            writer.commit(from, request.requestId(), facts);
            return ok();
        });
    }
}
