package dev.parley.group.command;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.parley.group.app.Decision;
import dev.parley.group.app.GroupEngine;
import dev.parley.group.domain.Actor;
import dev.parley.group.domain.GroupRules;
import dev.parley.group.domain.Role;
import dev.parley.model.error.ErrorCode;
import dev.parley.platform.apps.AppDirectory;
import dev.parley.platform.apps.AppInfo;
import dev.parley.platform.tencent.CommandRequest;

/**
 * {@code import_group_member}: migrates members with their past {@code JoinTime}, {@code Role} (Admin or Member)
 * and {@code UnreadMsgNum}; each gets a {@code Result}. Not for live rooms.
 */
@Singleton
public class ImportGroupMemberCommand extends GroupCommand {
    private final GroupEngine engine;
    private final Admission admission;

    ImportGroupMemberCommand(AppDirectory apps, GroupEngine engine, Admission admission) {
        super(apps);
        this.engine = engine;
        this.admission = admission;
    }

    @Override
    public String command() {
        return "import_group_member";
    }

    @Override
    ObjectNode handle(AppInfo app, Actor actor, CommandRequest request) {
        JsonNode body = request.body();
        String groupId = Fields.groupId(body);
        long now = Instant.now().getEpochSecond();
        Map<String, JsonNode> items =
                Fields.members(body, "MemberList", "Member_Account", AddGroupMemberCommand.MAX_MEMBERS);
        if (items.isEmpty()) {
            throw new BadRequest("MemberList must name at least one member");
        }
        return engine.execute(app, actor, groupId, request.requestId(), Checks.onStoredGroup(context -> {
            if (!actor.appAdmin()) {
                return Checks.denied("Only an App admin may import members");
            }
            List<Admission.Newcomer> newcomers = new ArrayList<>();
            for (Map.Entry<String, JsonNode> item : items.entrySet()) {
                Role role = GroupCreation.memberRole(
                        item.getValue(), context.state().type());
                Long joinTime = Fields.optionalLong(item.getValue(), "JoinTime");
                if (joinTime != null
                        && (joinTime > now || joinTime < context.state().createTime())) {
                    return Decision.fail(
                            ErrorCode.GROUP_INVALID_PARAMETER,
                            "JoinTime must lie between the group's CreateTime and now");
                }
                Long unread = Fields.optionalLong(item.getValue(), "UnreadMsgNum");
                newcomers.add(new Admission.Newcomer(
                        item.getKey(),
                        role.wire(),
                        joinTime == null || joinTime == 0 ? now : joinTime,
                        GroupRules.hasHistory(context.state().type()) && unread != null ? unread : 0));
            }
            return admission.admit(context, newcomers, "Import");
        }));
    }
}
