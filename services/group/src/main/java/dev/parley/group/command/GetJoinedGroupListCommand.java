package dev.parley.group.command;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.parley.group.domain.Actor;
import dev.parley.group.domain.GroupState;
import dev.parley.group.domain.MemberState;
import dev.parley.group.domain.Role;
import dev.parley.group.store.GroupStore;
import dev.parley.model.group.GroupType;
import dev.parley.platform.apps.AppDirectory;
import dev.parley.platform.apps.AppInfo;
import dev.parley.platform.tencent.CommandRequest;
import dev.parley.platform.tencent.TencentReply;

/**
 * {@code get_joined_group_list}: the groups a user is in, in GroupId order (the live room last, with
 * {@code WithHugeGroups}), only GroupIds unless {@code GroupBaseInfoFilter} or {@code SelfInfoFilter} ask for more.
 */
@Singleton
public class GetJoinedGroupListCommand extends GroupCommand {
    /** The SelfInfo fields in answer order. */
    static final List<String> SELF_FIELDS =
            List.of("Role", "JoinTime", "MsgFlag", "MuteUntil", "UnreadMsgNum", "MsgSeq");

    private final GroupStore store;

    GetJoinedGroupListCommand(AppDirectory apps, GroupStore store) {
        super(apps);
        this.store = store;
    }

    @Override
    public String command() {
        return "get_joined_group_list";
    }

    @Override
    ObjectNode handle(AppInfo app, Actor actor, CommandRequest request) {
        JsonNode body = request.body();
        String userId = Fields.userId(body, "Member_Account");
        Long limit = Fields.optionalLong(body, "Limit");
        Long offset = Fields.optionalLong(body, "Offset");
        Optional<GroupType> type = GetAppidGroupListCommand.groupType(body);
        boolean withHugeGroups = Fields.flag(body, "WithHugeGroups");
        JsonNode filter = MemberView.responseFilter(body);
        GroupInfoView groupView = filter != null && filter.has("GroupBaseInfoFilter") ? GroupInfoView.of(filter) : null;
        Set<String> selfFields = MemberView.names(filter, "SelfInfoFilter");

        Map<String, String> groups = new LinkedHashMap<>(store.joinedGroups(app.appId(), userId));
        Map<String, GroupState> loaded = new LinkedHashMap<>();
        if (withHugeGroups) {
            store.liveRoomOf(app.appId(), userId)
                    .flatMap(id -> store.group(app.appId(), id))
                    .ifPresent(room -> {
                        groups.put(room.groupId(), room.typeName());
                        loaded.put(room.groupId(), room);
                    });
        }
        List<String> listed = groups.entrySet().stream()
                .filter(g -> type.isEmpty() || GroupType.parse(g.getValue()).equals(type))
                .map(Map.Entry::getKey)
                .toList();
        int from = (int) Math.min(offset == null ? 0 : offset, listed.size());
        int to = limit == null || limit == 0 ? listed.size() : (int) Math.min(listed.size(), from + limit);
        long now = Instant.now().getEpochSecond();
        ObjectNode reply = TencentReply.ok();
        reply.put("TotalCount", listed.size());
        ArrayNode list = reply.putArray("GroupIdList");
        for (String groupId : listed.subList(from, to)) {
            ObjectNode item = list.addObject().put("GroupId", groupId);
            Optional<GroupState> group = groupView == null && selfFields == null
                    ? Optional.empty()
                    : Optional.ofNullable(loaded.get(groupId)).or(() -> store.group(app.appId(), groupId));
            if (groupView != null && group.isPresent()) {
                item.setAll(groupView.render(group.get()));
            }
            if (selfFields != null) {
                item.set(
                        "SelfInfo",
                        selfInfo(app.appId(), groupId, group, userId, MemberView.nonEmpty(selfFields), now));
            }
        }
        return reply;
    }

    /** The user's own membership; in a live room (no stored member) the owner or a plain present member. */
    private ObjectNode selfInfo(
            String appId, String groupId, Optional<GroupState> group, String userId, Set<String> fields, long now) {
        Optional<MemberState> stored = group.isPresent() && group.get().type() == GroupType.AVCHATROOM
                ? Optional.empty()
                : store.member(appId, groupId, userId);
        Role liveRole = group.isPresent() && userId.equals(group.get().owner()) ? Role.OWNER : Role.MEMBER;
        MemberState member = stored.orElse(new MemberState(userId, liveRole, 0, "AcceptAndNotify", "", 0, Map.of(), 0));
        ObjectNode self = JsonNodeFactory.instance.objectNode();
        for (String field : SELF_FIELDS) {
            if (fields != null && !fields.contains(field)) {
                continue;
            }
            switch (field) {
                case "Role" -> self.put(field, member.role().wire());
                case "JoinTime" -> self.put(field, member.joinTime());
                case "MsgFlag" -> self.put(field, member.msgFlag());
                case "MuteUntil" -> self.put(field, member.muteUntilAt(now));
                case "UnreadMsgNum" -> self.put(field, member.unreadMsgNum());
                default -> self.put(field, 0); // MsgSeq: no message service yet
            }
        }
        return self;
    }
}
