package dev.parley.group.command;

import java.util.Comparator;
import java.util.Optional;
import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.parley.group.app.Decision;
import dev.parley.group.app.GroupContext;
import dev.parley.group.app.GroupEngine;
import dev.parley.group.domain.Actor;
import dev.parley.group.domain.Role;
import dev.parley.group.store.GroupStore;
import dev.parley.model.error.ErrorCode;
import dev.parley.platform.apps.AppDirectory;
import dev.parley.platform.apps.AppInfo;
import dev.parley.platform.tencent.CommandRequest;
import dev.parley.platform.tencent.TencentReply;

/**
 * {@code parley_group_svc/get_join_applications}: the pending join requests of a group, oldest first, as
 * {@code ApplicationList: [{Applicant_Account, ApplyMsg, ApplyTime}]}. A non-admin {@code From_Account} must be
 * the owner or an admin of the group.
 */
@Singleton
public class GetJoinApplicationsCommand extends ParleyGroupCommand {
    private final GroupEngine engine;

    GetJoinApplicationsCommand(AppDirectory apps, GroupEngine engine) {
        super(apps);
        this.engine = engine;
    }

    @Override
    public String command() {
        return "get_join_applications";
    }

    @Override
    ObjectNode handle(AppInfo app, Actor actor, CommandRequest request) {
        String groupId = Fields.groupId(request.body());
        return engine.execute(app, actor, groupId, request.requestId(), GetJoinApplicationsCommand::decide);
    }

    private static Decision decide(GroupContext context) {
        Optional<Decision> refused = requireGroup(context);
        if (refused.isPresent()) {
            return refused.get();
        }
        Role role = context.actorRole();
        if (role == null || !role.manages()) {
            return Decision.fail(ErrorCode.GROUP_PERMISSION_DENIED, "Only the owner or an admin sees applications");
        }
        ObjectNode reply = TencentReply.ok();
        ArrayNode list = reply.putArray("ApplicationList");
        context.store().joinRequests(context.app().appId(), context.groupId()).values().stream()
                .sorted(Comparator.comparingLong(GroupStore.JoinRequest::requestedAt)
                        .thenComparing(GroupStore.JoinRequest::applicant))
                .forEach(r -> list.addObject()
                        .put("Applicant_Account", r.applicant())
                        .put("ApplyMsg", r.message())
                        .put("ApplyTime", r.requestedAt()));
        return Decision.answer(reply);
    }
}
