package dev.parley.group.command;

import java.time.Instant;
import java.util.List;
import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.parley.group.app.GroupEngine;
import dev.parley.group.domain.Actor;
import dev.parley.group.domain.GroupRules;
import dev.parley.group.domain.JoinOption;
import dev.parley.group.domain.Role;
import dev.parley.platform.apps.AppDirectory;
import dev.parley.platform.apps.AppInfo;
import dev.parley.platform.tencent.CommandRequest;

/**
 * {@code add_group_member}: invites up to 500 users; each gets a {@code Result}. Not for live rooms (10007). A
 * non-admin {@code From_Account} needs the right to invite in this group type.
 */
@Singleton
public class AddGroupMemberCommand extends GroupCommand {
    static final int MAX_MEMBERS = 500;

    private final GroupEngine engine;
    private final Admission admission;

    AddGroupMemberCommand(AppDirectory apps, GroupEngine engine, Admission admission) {
        super(apps);
        this.engine = engine;
        this.admission = admission;
    }

    @Override
    public String command() {
        return "add_group_member";
    }

    @Override
    ObjectNode handle(AppInfo app, Actor actor, CommandRequest request) {
        JsonNode body = request.body();
        String groupId = Fields.groupId(body);
        Fields.flag(body, "Silence");
        long now = Instant.now().getEpochSecond();
        List<Admission.Newcomer> newcomers =
                Fields.members(body, "MemberList", "Member_Account", MAX_MEMBERS).keySet().stream()
                        .map(id -> new Admission.Newcomer(id, Role.MEMBER.wire(), now, 0))
                        .toList();
        if (newcomers.isEmpty()) {
            throw new BadRequest("MemberList must name at least one member");
        }
        return engine.execute(app, actor, groupId, request.requestId(), Checks.onStoredGroup(context -> {
            if (!actor.appAdmin()) {
                if (!GroupRules.mayInvite(context.state().type(), context.actorRole())) {
                    return Checks.denied("From_Account may not invite into this group");
                }
                if (JoinOption.DISABLE_INVITE.wire().equals(context.state().inviteJoinOption())) {
                    return Checks.denied("Invitations are disabled in this group");
                }
            }
            return admission.admit(context, newcomers, "Invite");
        }));
    }
}
