package dev.parley.group.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.parley.group.app.Decision;
import dev.parley.group.app.GroupEngine;
import dev.parley.group.domain.Actor;
import dev.parley.group.domain.GroupRules;
import dev.parley.group.domain.GroupState;
import dev.parley.group.domain.MemberState;
import dev.parley.group.domain.Role;
import dev.parley.model.group.GroupType;
import dev.parley.model.group.events.GroupDestroyed;
import dev.parley.platform.apps.AppDirectory;
import dev.parley.platform.apps.AppInfo;
import dev.parley.platform.tencent.CommandRequest;

/**
 * {@code destroy_group}: disbands a group. App admins may destroy any group; a non-admin {@code From_Account} must
 * be the owner, and Work groups cannot be disbanded by their owner (only by the App admin), as on Tencent.
 */
@Singleton
public class DestroyGroupCommand extends GroupCommand {
    private final GroupEngine engine;

    DestroyGroupCommand(AppDirectory apps, GroupEngine engine) {
        super(apps);
        this.engine = engine;
    }

    @Override
    public String command() {
        return "destroy_group";
    }

    @Override
    ObjectNode handle(AppInfo app, Actor actor, CommandRequest request) {
        String groupId = Fields.groupId(request.body());
        return engine.execute(app, actor, groupId, request.requestId(), context -> {
            Optional<Decision> refused = Checks.anyGroup(context);
            if (refused.isPresent()) {
                return refused.get();
            }
            GroupState group = context.state();
            if (!actor.appAdmin() && (context.actorRole() != Role.OWNER || group.type() == GroupType.PRIVATE)) {
                return Checks.denied("Only the owner (and for Work groups only the App admin) may disband the group");
            }
            List<String> members = new ArrayList<>();
            if (GroupRules.storesMembers(group.type())) {
                context.store().allMembers(group.appId(), groupId).stream()
                        .map(MemberState::userId)
                        .forEach(members::add);
            } else {
                members.addAll(context.store().presence(group.appId(), groupId).keySet());
            }
            return Decision.commit(List.of(new GroupDestroyed(group.appId(), groupId, group.typeName(), members)));
        });
    }
}
