package dev.parley.group.command;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.parley.group.app.Decision;
import dev.parley.group.app.GroupContext;
import dev.parley.group.app.GroupEngine;
import dev.parley.group.domain.Actor;
import dev.parley.group.domain.GroupRules;
import dev.parley.group.domain.GroupState;
import dev.parley.group.domain.MemberState;
import dev.parley.group.domain.Role;
import dev.parley.model.error.ErrorCode;
import dev.parley.model.group.GroupType;
import dev.parley.model.group.events.GroupDestroyed;
import dev.parley.model.group.events.GroupEvent;
import dev.parley.model.group.events.GroupOwnerChanged;
import dev.parley.model.group.events.MemberLeft;
import dev.parley.platform.apps.AppDirectory;
import dev.parley.platform.apps.AppInfo;
import dev.parley.platform.tencent.CommandRequest;

/**
 * {@code parley_group_svc/quit_group}: {@code Member_Account} leaves the group (10007 when not a member, or not
 * present in a live room). The owner may quit only Work and Meeting groups (else 10009); ownership then passes to
 * the earliest-joined remaining member; when no member remains the group is disbanded.
 */
@Singleton
public class QuitGroupCommand extends ParleyGroupCommand {
    private final GroupEngine engine;

    QuitGroupCommand(AppDirectory apps, GroupEngine engine) {
        super(apps);
        this.engine = engine;
    }

    @Override
    public String command() {
        return "quit_group";
    }

    @Override
    ObjectNode handle(AppInfo app, Actor actor, CommandRequest request) {
        JsonNode body = request.body();
        String groupId = Fields.groupId(body);
        String member = Fields.userId(body, "Member_Account");
        return engine.execute(
                app, named(app, member), groupId, request.requestId(), context -> decide(context, member));
    }

    private static Decision decide(GroupContext context, String userId) {
        Optional<Decision> refused = requireGroup(context);
        if (refused.isPresent()) {
            return refused.get();
        }
        GroupState group = context.state();
        if (group.type() == GroupType.AVCHATROOM) {
            return LivePresence.leave(context, userId, LivePresence.QUIT, true);
        }
        Optional<MemberState> member = context.member(userId);
        if (member.isEmpty()) {
            return Decision.fail(ErrorCode.GROUP_PERMISSION_DENIED, "Member_Account is not a member of the group");
        }
        List<GroupEvent> facts = new ArrayList<>();
        if (member.get().role() == Role.OWNER) {
            if (!GroupRules.ownerMayQuit(group.type())) {
                return Decision.fail(ErrorCode.GROUP_OWNER_CANNOT_QUIT);
            }
            Optional<MemberState> next = successor(context.store().allMembers(group.appId(), group.groupId()), userId);
            if (next.isEmpty()) {
                // The last member leaves: the group is disbanded, as Tencent does for Work groups.
                return Decision.commit(
                        List.of(new GroupDestroyed(group.appId(), group.groupId(), group.typeName(), List.of(userId))));
            }
            facts.add(new GroupOwnerChanged(
                    group.appId(), group.groupId(), userId, next.get().userId()));
        }
        facts.add(
                new MemberLeft(group.appId(), group.groupId(), userId, "Quit", "", Math.max(0, group.memberNum() - 1)));
        return Decision.commit(facts);
    }

    /** The member who inherits a quitting owner's group: earliest JoinTime, then lowest UserID. */
    static Optional<MemberState> successor(List<MemberState> members, String owner) {
        return members.stream()
                .filter(m -> !m.userId().equals(owner))
                .min(Comparator.comparingLong(MemberState::joinTime).thenComparing(MemberState::userId));
    }
}
