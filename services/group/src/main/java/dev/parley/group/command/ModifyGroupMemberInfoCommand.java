package dev.parley.group.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import dev.parley.model.error.ErrorCode;
import dev.parley.model.group.events.GroupEvent;
import dev.parley.model.group.events.MemberInfoChanged;
import dev.parley.model.group.events.MemberRoleChanged;
import dev.parley.platform.apps.AppDirectory;
import dev.parley.platform.apps.AppInfo;
import dev.parley.platform.tencent.CommandRequest;

/**
 * {@code modify_group_member_info}: a member's {@code Role} (Admin/Member; set by the owner, not in Work groups),
 * {@code MuteTime} (legacy {@code ShutUpTime}), {@code NameCard}, {@code MsgFlag} and member custom fields. A member
 * may change its own name card, flag and fields; changing someone else's needs the owner or an admin.
 */
@Singleton
public class ModifyGroupMemberInfoCommand extends GroupCommand {
    private final GroupEngine engine;

    ModifyGroupMemberInfoCommand(AppDirectory apps, GroupEngine engine) {
        super(apps);
        this.engine = engine;
    }

    @Override
    public String command() {
        return "modify_group_member_info";
    }

    @Override
    ObjectNode handle(AppInfo app, Actor actor, CommandRequest request) {
        JsonNode body = request.body();
        String groupId = Fields.groupId(body);
        String userId = Fields.userId(body, "Member_Account");
        String roleName = Fields.optionalText(body, "Role");
        Long muteSeconds = Checks.muteTime(body);
        if (muteSeconds != null && muteSeconds > GroupRules.MUTE_FOREVER) {
            throw new BadRequest("MuteTime must be at most 4294967295");
        }
        String nameCard = Fields.optionalText(body, "NameCard", GroupCreation.NAME_CARD_BYTES);
        String msgFlag = body.has("MsgFlag") ? GroupCreation.msgFlag(body) : null;
        Map<String, String> data = Fields.customData(
                body,
                "AppMemberDefinedData",
                app.settings().memberAppDefinedKeys(),
                GroupCreation.MEMBER_DATA_VALUE_BYTES);
        return engine.execute(app, actor, groupId, request.requestId(), context -> {
            Optional<Decision> refused = Checks.anyGroup(context);
            if (refused.isPresent()) {
                return refused.get();
            }
            GroupState group = context.state();
            Role actorRole = context.actorRole();
            List<GroupEvent> facts = new ArrayList<>();
            if (!GroupRules.storesMembers(group.type())) {
                if (roleName != null || nameCard != null || msgFlag != null || !data.isEmpty()) {
                    return Checks.denied("AVChatRoom members have only a mute state");
                }
                if (muteSeconds != null) {
                    Muting.mute(context, actorRole, userId, muteSeconds).ifPresent(facts::add);
                }
                return Decision.commit(facts);
            }
            Optional<MemberState> member = context.member(userId);
            if (member.isEmpty()) {
                return Checks.denied("Member_Account is not a member of the group");
            }
            if (roleName != null) {
                Role role = Role.parse(roleName).filter(r -> r != Role.OWNER).orElse(null);
                if (role == null || (role == Role.ADMIN && !GroupRules.hasAdmins(group.type()))) {
                    return Decision.fail(
                            ErrorCode.GROUP_INVALID_PARAMETER,
                            "Role must be Admin or Member; Work groups have no admins; use change_group_owner");
                }
                if (actorRole != Role.OWNER || member.get().role() == Role.OWNER) {
                    return Checks.denied("Only the owner sets roles, and the owner's role cannot change");
                }
                if (role != member.get().role()) {
                    facts.add(new MemberRoleChanged(group.appId(), groupId, userId, role.wire()));
                }
            }
            if (muteSeconds != null) {
                Muting.mute(context, actorRole, userId, muteSeconds).ifPresent(facts::add);
            }
            if (nameCard != null || msgFlag != null || !data.isEmpty()) {
                boolean self =
                        !context.actor().appAdmin() && context.actor().userId().equals(userId);
                if (!self && (actorRole == null || !actorRole.manages())) {
                    return Checks.denied("Only the member itself, the owner or an admin may change member info");
                }
                facts.add(new MemberInfoChanged(group.appId(), groupId, userId, nameCard, msgFlag, data, null));
            }
            return Decision.commit(facts);
        });
    }
}
