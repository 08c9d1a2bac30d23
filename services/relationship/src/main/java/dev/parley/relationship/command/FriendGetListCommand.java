package dev.parley.relationship.command;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.parley.model.error.ErrorCode;
import dev.parley.platform.apps.AppInfo;
import dev.parley.platform.tencent.CommandRequest;
import dev.parley.relationship.domain.Friend;

/**
 * {@code friend_get_list}: the tags in {@code TagList} for up to 100 of From_Account's friends: SNS tags from the
 * friend entry, {@code Tag_Profile_*} tags from the friend's profile (rendered as portrait_get does). Tags without a value are left out; a tag that
 * is neither fails the request with 30001. Per item: 30001 not a friend, 30003 no such account.
 */
@Singleton
public class FriendGetListCommand extends RelationshipCommand {
    static final int MAX_ITEMS = 100;
    static final int MAX_TAGS = 100;

    FriendGetListCommand(RelationshipDeps deps) {
        super(deps, SNS, Family.SNS);
    }

    @Override
    public String command() {
        return "friend_get_list";
    }

    @Override
    ObjectNode handle(AppInfo app, CommandRequest request) {
        String from = fromAccount(app, request);
        List<String> targets = Fields.userIds(family(), request.body(), "To_Account", MAX_ITEMS);
        List<String> tags = tags(app, request.body());
        boolean needProfile = tags.stream().anyMatch(tag -> !tag.startsWith("Tag_SNS_"));
        List<String> profileKeys = app.settings().profileCustomKeysOrEmpty();
        String appId = app.appId();
        List<Optional<Friend>> entries = new ArrayList<>();
        Set<String> others = new LinkedHashSet<>();
        for (String target : targets) {
            Optional<Friend> friend = store.friend(appId, from, target);
            entries.add(friend);
            if (friend.isEmpty()) {
                others.add(target);
            }
        }
        Set<String> missing = others.isEmpty() ? Set.of() : missingAccounts(app, others);
        ObjectNode reply = ok();
        ArrayNode items = reply.putArray("InfoItem");
        for (int i = 0; i < targets.size(); i++) {
            String target = targets.get(i);
            ObjectNode item = items.addObject();
            item.put("To_Account", target);
            ErrorCode code;
            if (entries.get(i).isEmpty()) {
                code = Friendship.notFriend(missing, target, ErrorCode.SNS_INVALID_PARAMETER);
            } else {
                code = ErrorCode.SUCCESS;
                Friend friend = entries.get(i).get();
                Map<String, String> profile = needProfile ? store.profile(appId, target) : Map.of();
                ArrayNode values = item.putArray("SnsProfileItem");
                for (String tag : tags) {
                    if (tag.startsWith("Tag_SNS_")) {
                        SnsTags.add(values, tag, SnsTags.value(friend, tag));
                    } else {
                        ProfileValues.render(values, profile, List.of(tag), profileKeys);
                    }
                }
            }
            item.put("ResultCode", code.code());
            item.put("ResultInfo", code == ErrorCode.SUCCESS ? "" : code.info());
        }
        failAccounts(reply, items, "To_Account");
        return reply;
    }

    /** {@code TagList}: SNS tags a friend can have and profile tags (standard or declared custom). */
    private List<String> tags(AppInfo app, JsonNode body) {
        Set<String> tags = new LinkedHashSet<>();
        for (JsonNode tag : Fields.array(family(), body, "TagList", MAX_TAGS)) {
            if (!tag.isTextual()) {
                throw family().bad("TagList must hold tag names");
            }
            String name = tag.asText();
            if (!ProfileValues.known(name, app.settings().profileCustomKeysOrEmpty())
                    && !SnsTags.isReadable(app, name)) {
                throw family().bad("TagList may only hold SNS tags and profile tags the app knows");
            }
            tags.add(name);
        }
        return new ArrayList<>(tags);
    }
}
