package dev.parley.group.command;

import java.util.List;
import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.parley.group.app.Decision;
import dev.parley.group.app.GroupEngine;
import dev.parley.group.domain.Actor;
import dev.parley.group.domain.GroupState;
import dev.parley.group.domain.Role;
import dev.parley.model.error.ErrorCode;
import dev.parley.model.group.events.GroupOwnerChanged;
import dev.parley.platform.apps.AppDirectory;
import dev.parley.platform.apps.AppInfo;
import dev.parley.platform.tencent.CommandRequest;

/**
 * {@code change_group_owner}: hands the group to a member, who becomes Owner; the previous owner becomes a Member.
 * Only the owner or an App admin may do it; not for live rooms.
 */
@Singleton
public class ChangeGroupOwnerCommand extends GroupCommand {
    private final GroupEngine engine;

    ChangeGroupOwnerCommand(AppDirectory apps, GroupEngine engine) {
        super(apps);
        this.engine = engine;
    }

    @Override
    public String command() {
        return "change_group_owner";
    }

    @Override
    ObjectNode handle(AppInfo app, Actor actor, CommandRequest request) {
        String groupId = Fields.groupId(request.body());
        String newOwner = Fields.userId(request.body(), "NewOwner_Account");
        return engine.execute(app, actor, groupId, request.requestId(), Checks.onStoredGroup(context -> {
            GroupState group = context.state();
            if (context.actorRole() != Role.OWNER) {
                return Checks.denied("Only the owner or an App admin may change the owner");
            }
            if (newOwner.equals(group.owner())) {
                return Decision.commit(List.of());
            }
            if (context.member(newOwner).isEmpty()) {
                return Decision.fail(ErrorCode.GROUP_INVALID_PARAMETER, "NewOwner_Account is not a member");
            }
            return Decision.commit(List.of(new GroupOwnerChanged(group.appId(), groupId, group.owner(), newOwner)));
        }));
    }
}
