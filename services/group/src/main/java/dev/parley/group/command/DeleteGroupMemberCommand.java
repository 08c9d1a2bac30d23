package dev.parley.group.command;

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
import dev.parley.group.domain.GroupState;
import dev.parley.group.domain.MemberState;
import dev.parley.group.domain.Role;
import dev.parley.model.group.events.GroupEvent;
import dev.parley.model.group.events.MemberLeft;
import dev.parley.platform.apps.AppDirectory;
import dev.parley.platform.apps.AppInfo;
import dev.parley.platform.tencent.CommandRequest;

/**
 * {@code delete_group_member}: removes up to 500 members. The owner cannot be removed; an admin may remove only
 * ordinary members; Work groups: only the owner kicks; live rooms have no members to remove (10007). Users who are
 * not members are skipped.
 */
@Singleton
public class DeleteGroupMemberCommand extends GroupCommand {
    private final GroupEngine engine;

    DeleteGroupMemberCommand(AppDirectory apps, GroupEngine engine) {
        super(apps);
        this.engine = engine;
    }

    @Override
    public String command() {
        return "delete_group_member";
    }

    @Override
    ObjectNode handle(AppInfo app, Actor actor, CommandRequest request) {
        JsonNode body = request.body();
        String groupId = Fields.groupId(body);
        Fields.flag(body, "Silence");
        Fields.optionalText(body, "Reason");
        List<String> targets = Fields.userIds(body, "MemberToDel_Account", AddGroupMemberCommand.MAX_MEMBERS);
        if (targets.isEmpty()) {
            throw new BadRequest("MemberToDel_Account must name at least one member");
        }
        return engine.execute(app, actor, groupId, request.requestId(), Checks.onStoredGroup(context -> {
            GroupState group = context.state();
            Role actorRole = context.actorRole();
            Map<String, MemberState> members = context.members(targets);
            List<GroupEvent> facts = new ArrayList<>();
            int memberNum = group.memberNum();
            for (String target : targets) {
                MemberState member = members.get(target);
                if (member == null) {
                    continue;
                }
                if (!GroupRules.mayKick(group.type(), actorRole, member.role())) {
                    return Checks.denied(
                            member.role() == Role.OWNER
                                    ? "The owner cannot be removed; change the owner first"
                                    : "The operator may not remove this member");
                }
                facts.add(new MemberLeft(
                        group.appId(),
                        group.groupId(),
                        target,
                        "Kicked",
                        context.actor().userId(),
                        --memberNum));
            }
            return Decision.commit(facts);
        }));
    }
}
