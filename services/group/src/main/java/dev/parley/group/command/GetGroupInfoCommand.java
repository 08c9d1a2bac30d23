package dev.parley.group.command;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.parley.group.domain.Actor;
import dev.parley.group.domain.GroupRules;
import dev.parley.group.domain.GroupState;
import dev.parley.group.domain.MemberState;
import dev.parley.group.store.GroupStore;
import dev.parley.model.error.ErrorCode;
import dev.parley.platform.apps.AppDirectory;
import dev.parley.platform.apps.AppInfo;
import dev.parley.platform.tencent.CommandRequest;
import dev.parley.platform.tencent.TencentReply;

/**
 * {@code get_group_info}: the profile, custom data and members of up to 50 groups, each with its own
 * {@code ErrorCode} (10010 unknown, 10015 malformed id) while the envelope stays OK.
 */
@Singleton
public class GetGroupInfoCommand extends GroupCommand {
    static final int MAX_GROUPS = 50;

    private final GroupStore store;

    GetGroupInfoCommand(AppDirectory apps, GroupStore store) {
        super(apps);
        this.store = store;
    }

    @Override
    public String command() {
        return "get_group_info";
    }

    @Override
    ObjectNode handle(AppInfo app, Actor actor, CommandRequest request) {
        List<String> groupIds = groupIds(request.body());
        JsonNode filter = MemberView.responseFilter(request.body());
        GroupInfoView groupView = GroupInfoView.of(filter);
        MemberView memberView = MemberView.of(filter);
        boolean withMembers =
                filter == null || filter.has("MemberInfoFilter") || filter.has("AppDefinedDataFilter_GroupMember");
        long now = Instant.now().getEpochSecond();
        ObjectNode reply = TencentReply.ok();
        ArrayNode infos = reply.putArray("GroupInfo");
        for (String groupId : groupIds) {
            infos.add(info(app.appId(), groupId, groupView, withMembers ? memberView : null, now));
        }
        return reply;
    }

    private ObjectNode info(String appId, String groupId, GroupInfoView groupView, MemberView memberView, long now) {
        if (!Fields.validGroupId(groupId)) {
            return failed(groupId, ErrorCode.GROUP_ID_INVALID);
        }
        Optional<GroupState> found = store.group(appId, groupId);
        if (found.isEmpty()) {
            return failed(groupId, ErrorCode.GROUP_NOT_FOUND);
        }
        GroupState group = found.get();
        ObjectNode info = JsonNodeFactory.instance.objectNode();
        info.put("ErrorCode", 0);
        info.put("ErrorInfo", "");
        info.setAll(groupView.render(group));
        if (memberView != null && GroupRules.storesMembers(group.type())) {
            List<MemberState> members = new ArrayList<>(store.allMembers(appId, groupId));
            members.sort(MemberView.ORDER);
            ArrayNode list = info.putArray("MemberList");
            members.forEach(m -> list.add(memberView.render(m, now)));
        }
        return info;
    }

    private static ObjectNode failed(String groupId, ErrorCode code) {
        ObjectNode info = JsonNodeFactory.instance.objectNode();
        info.put("GroupId", groupId);
        info.put("ErrorCode", code.code());
        info.put("ErrorInfo", code.info());
        return info;
    }

    /** {@code GroupIdList}: 1 to 50 strings (a malformed id is answered per group, not for the request). */
    private static List<String> groupIds(JsonNode body) {
        JsonNode value = body.get("GroupIdList");
        if (value == null || !value.isArray() || value.isEmpty() || value.size() > MAX_GROUPS) {
            throw new BadRequest("GroupIdList is required: an array of 1 to " + MAX_GROUPS + " GroupIds");
        }
        List<String> ids = new ArrayList<>();
        for (JsonNode item : value) {
            if (!item.isTextual()) {
                throw new BadRequest("GroupIdList must hold strings");
            }
            ids.add(item.asText());
        }
        return ids;
    }
}
