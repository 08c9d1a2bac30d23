package dev.parley.group.command;

import java.util.List;
import java.util.Map;
import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.parley.group.app.Decision;
import dev.parley.group.app.GroupEngine;
import dev.parley.group.domain.Actor;
import dev.parley.model.group.events.MemberInfoChanged;
import dev.parley.platform.apps.AppDirectory;
import dev.parley.platform.apps.AppInfo;
import dev.parley.platform.tencent.CommandRequest;

/** {@code set_unread_msg_num}: sets a member's unread count after an import. Not for live rooms. */
@Singleton
public class SetUnreadMsgNumCommand extends GroupCommand {
    private final GroupEngine engine;

    SetUnreadMsgNumCommand(AppDirectory apps, GroupEngine engine) {
        super(apps);
        this.engine = engine;
    }

    @Override
    public String command() {
        return "set_unread_msg_num";
    }

    @Override
    ObjectNode handle(AppInfo app, Actor actor, CommandRequest request) {
        String groupId = Fields.groupId(request.body());
        String userId = Fields.userId(request.body(), "Member_Account");
        Long unread = Fields.optionalLong(request.body(), "UnreadMsgNum");
        if (unread == null) {
            throw new BadRequest("UnreadMsgNum is required");
        }
        return engine.execute(app, actor, groupId, request.requestId(), Checks.onStoredGroup(context -> {
            if (!actor.appAdmin()) {
                return Checks.denied("Only an App admin may set unread counts");
            }
            if (context.member(userId).isEmpty()) {
                return Checks.denied("Member_Account is not a member of the group");
            }
            return Decision.commit(
                    List.of(new MemberInfoChanged(app.appId(), groupId, userId, null, null, Map.of(), unread)));
        }));
    }
}
