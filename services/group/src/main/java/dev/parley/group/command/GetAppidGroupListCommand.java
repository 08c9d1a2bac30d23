package dev.parley.group.command;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.parley.group.domain.Actor;
import dev.parley.group.store.GroupStore;
import dev.parley.model.group.GroupType;
import dev.parley.platform.apps.AppDirectory;
import dev.parley.platform.apps.AppInfo;
import dev.parley.platform.tencent.CommandRequest;
import dev.parley.platform.tencent.TencentReply;

/**
 * {@code get_appid_group_list}: every GroupId of the app, optionally of one type, in pages of at most 10,000 with a
 * numeric {@code Next} cursor (0 first and when done; the legacy {@code Offset} is honoured without one).
 */
@Singleton
public class GetAppidGroupListCommand extends GroupCommand {
    static final int MAX_LIMIT = 10_000;

    private final GroupStore store;

    GetAppidGroupListCommand(AppDirectory apps, GroupStore store) {
        super(apps);
        this.store = store;
    }

    @Override
    public String command() {
        return "get_appid_group_list";
    }

    @Override
    ObjectNode handle(AppInfo app, Actor actor, CommandRequest request) {
        JsonNode body = request.body();
        Long limitField = Fields.optionalLong(body, "Limit");
        if (limitField != null && limitField > MAX_LIMIT) {
            throw new BadRequest("Limit is at most " + MAX_LIMIT);
        }
        long limit = limitField == null || limitField == 0 ? MAX_LIMIT : limitField;
        Long next = Fields.optionalLong(body, "Next");
        if (next == null || next == 0) {
            next = Fields.optionalLong(body, "Offset");
        }
        long start = next == null ? 0 : next;
        Optional<GroupType> type = groupType(body);
        List<String> groupIds = store.appGroups(app.appId()).stream()
                .filter(g -> type.isEmpty() || GroupType.parse(g.getValue()).equals(type))
                .map(Map.Entry::getKey)
                .toList();
        int from = (int) Math.min(start, groupIds.size());
        int to = (int) Math.min(groupIds.size(), from + limit);
        ObjectNode reply = TencentReply.ok();
        reply.put("TotalCount", groupIds.size());
        ArrayNode list = reply.putArray("GroupIdList");
        groupIds.subList(from, to).forEach(id -> list.addObject().put("GroupId", id));
        reply.put("Next", to < groupIds.size() ? to : 0);
        return reply;
    }

    /** An optional {@code GroupType} filter in either spelling; empty when absent or empty. */
    static Optional<GroupType> groupType(JsonNode body) {
        String value = Fields.optionalText(body, "GroupType");
        if (value == null || value.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(GroupType.parse(value)
                .orElseThrow(() -> new BadRequest(
                        "GroupType must be Private, Work, Public, ChatRoom, Meeting, AVChatRoom or Community")));
    }
}
