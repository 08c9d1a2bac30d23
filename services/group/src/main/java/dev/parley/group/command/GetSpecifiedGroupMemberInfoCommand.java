package dev.parley.group.command;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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

/** {@code get_specified_group_member_info}: the member objects of up to 50 named users, non-members omitted. */
@Singleton
public class GetSpecifiedGroupMemberInfoCommand extends GroupCommand {
    static final int MAX_ACCOUNTS = 50;

    private final GroupStore store;

    GetSpecifiedGroupMemberInfoCommand(AppDirectory apps, GroupStore store) {
        super(apps);
        this.store = store;
    }

    @Override
    public String command() {
        return "get_specified_group_member_info";
    }

    @Override
    ObjectNode handle(AppInfo app, Actor actor, CommandRequest request) {
        JsonNode body = request.body();
        String groupId = Fields.groupId(body);
        List<String> userIds = Fields.userIds(body, "Member_List_Account", MAX_ACCOUNTS);
        if (userIds.isEmpty()) {
            throw new BadRequest("Member_List_Account must name at least one UserID");
        }
        MemberView view = MemberView.of(body);
        Set<Role> roles = MemberView.roles(body);
        Optional<GroupState> group = store.group(app.appId(), groupId);
        if (group.isEmpty()) {
            return TencentReply.fail(ErrorCode.GROUP_NOT_FOUND);
        }
        if (!GroupRules.storesMembers(group.get().type())) {
            return TencentReply.fail(
                    ErrorCode.GROUP_PERMISSION_DENIED, "AVChatRoom members are not stored, use get_members");
        }
        Map<String, MemberState> members = store.members(app.appId(), groupId, userIds);
        long now = Instant.now().getEpochSecond();
        ObjectNode reply = TencentReply.ok();
        ArrayNode list = reply.putArray("MemberList");
        for (String userId : userIds) {
            MemberState member = members.get(userId);
            if (member != null && (roles == null || roles.contains(member.role()))) {
                list.add(view.render(member, now));
            }
        }
        return reply;
    }
}
