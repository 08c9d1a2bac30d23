package dev.parley.group.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.parley.group.app.Decision;
import dev.parley.group.app.GroupEngine;
import dev.parley.group.domain.Actor;
import dev.parley.group.domain.GroupRules;
import dev.parley.group.domain.Role;
import dev.parley.model.group.events.GroupEvent;
import dev.parley.platform.apps.AppDirectory;
import dev.parley.platform.apps.AppInfo;
import dev.parley.platform.tencent.CommandRequest;

/**
 * {@code forbid_send_msg}: mutes up to 500 members for {@code MuteTime} seconds (legacy {@code ShutUpTime}); 0
 * unmutes, 4294967295 mutes for ever. A timed mute ends by itself. Non-members are skipped, except in live rooms,
 * which store no members.
 */
@Singleton
public class ForbidSendMsgCommand extends GroupCommand {
    private final GroupEngine engine;

    ForbidSendMsgCommand(AppDirectory apps, GroupEngine engine) {
        super(apps);
        this.engine = engine;
    }

    @Override
    public String command() {
        return "forbid_send_msg";
    }

    @Override
    ObjectNode handle(AppInfo app, Actor actor, CommandRequest request) {
        JsonNode body = request.body();
        String groupId = Fields.groupId(body);
        List<String> targets = Fields.userIds(body, "Members_Account", AddGroupMemberCommand.MAX_MEMBERS);
        Long seconds = Checks.muteTime(body);
        if (seconds == null || seconds > GroupRules.MUTE_FOREVER) {
            throw new BadRequest("MuteTime is required: seconds, 0 to unmute, 4294967295 for ever");
        }
        return engine.execute(app, actor, groupId, request.requestId(), context -> {
            Optional<Decision> refused = Checks.anyGroup(context);
            if (refused.isPresent()) {
                return refused.get();
            }
            Role actorRole = context.actorRole();
            boolean live = !GroupRules.storesMembers(context.state().type());
            Set<String> members =
                    live ? Set.copyOf(targets) : context.members(targets).keySet();
            List<GroupEvent> facts = new ArrayList<>();
            for (String target : targets) {
                if (members.contains(target)) {
                    Muting.mute(context, actorRole, target, seconds).ifPresent(facts::add);
                }
            }
            return Decision.commit(facts);
        });
    }
}
