package dev.parley.group.command;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.parley.group.domain.Actor;
import dev.parley.group.domain.GroupRules;
import dev.parley.group.domain.GroupState;
import dev.parley.group.domain.MemberState;
import dev.parley.group.domain.Role;
import dev.parley.group.store.GroupStore;
import dev.parley.model.error.ErrorCode;
import dev.parley.platform.apps.AppDirectory;
import dev.parley.platform.apps.AppInfo;
import dev.parley.platform.tencent.CommandRequest;
import dev.parley.platform.tencent.TencentReply;

/**
 * {@code get_role_in_group}: the role of up to 500 users, {@code NotMember} for the others; in a live room the users
 * present are {@code Member} and the owner {@code Owner}.
 */
@Singleton
public class GetRoleInGroupCommand extends GroupCommand {
    static final int MAX_ACCOUNTS = 500;
    static final String NOT_MEMBER = "NotMember";

    private final GroupStore store;

    GetRoleInGroupCommand(AppDirectory apps, GroupStore store) {
        super(apps);
        this.store = store;
    }

    @Override
    public String command() {
        return "get_role_in_group";
    }

    @Override
    ObjectNode handle(AppInfo app, Actor actor, CommandRequest request) {
        JsonNode body = request.body();
        String groupId = Fields.groupId(body);
        List<String> userIds = Fields.userIds(body, "User_Account", MAX_ACCOUNTS);
        if (userIds.isEmpty()) {
            throw new BadRequest("User_Account must name at least one UserID");
        }
        Optional<GroupState> found = store.group(app.appId(), groupId);
        if (found.isEmpty()) {
            return TencentReply.fail(ErrorCode.GROUP_NOT_FOUND);
        }
        GroupState group = found.get();
        ObjectNode reply = TencentReply.ok();
        ArrayNode list = reply.putArray("UserIdList");
        if (GroupRules.storesMembers(group.type())) {
            Map<String, MemberState> members = store.members(app.appId(), groupId, userIds);
            for (String userId : userIds) {
                MemberState member = members.get(userId);
                list.addObject()
                        .put("Member_Account", userId)
                        .put("Role", member == null ? NOT_MEMBER : member.role().wire());
            }
        } else {
            Map<String, Long> present = store.presence(app.appId(), groupId);
            for (String userId : userIds) {
                String role = userId.equals(group.owner())
                        ? Role.OWNER.wire()
                        : present.containsKey(userId) ? Role.MEMBER.wire() : NOT_MEMBER;
                list.addObject().put("Member_Account", userId).put("Role", role);
            }
        }
        return reply;
    }
}
