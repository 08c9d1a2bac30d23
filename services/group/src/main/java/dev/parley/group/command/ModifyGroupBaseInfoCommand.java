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
import dev.parley.group.domain.JoinOption;
import dev.parley.group.domain.Role;
import dev.parley.model.error.ErrorCode;
import dev.parley.model.group.GroupType;
import dev.parley.model.group.events.GroupEvent;
import dev.parley.model.group.events.GroupInfoChanged;
import dev.parley.model.group.events.GroupMuteAllChanged;
import dev.parley.platform.apps.AppDirectory;
import dev.parley.platform.apps.AppInfo;
import dev.parley.platform.tencent.CommandRequest;

/**
 * {@code modify_group_base_info}: name, introduction, notification, avatar, member cap, join options, pre-join
 * history, custom fields ({@code ""} deletes a key) and {@code MuteAllMember} (legacy {@code ShutUpAllMember}).
 */
@Singleton
public class ModifyGroupBaseInfoCommand extends GroupCommand {
    private final GroupEngine engine;

    ModifyGroupBaseInfoCommand(AppDirectory apps, GroupEngine engine) {
        super(apps);
        this.engine = engine;
    }

    @Override
    public String command() {
        return "modify_group_base_info";
    }

    @Override
    ObjectNode handle(AppInfo app, Actor actor, CommandRequest request) {
        JsonNode body = request.body();
        String groupId = Fields.groupId(body);
        String name = Fields.optionalText(body, "Name", GroupCreation.NAME_BYTES);
        if (name != null && name.isEmpty()) {
            throw new BadRequest("Name must not be empty");
        }
        String introduction = Fields.optionalText(body, "Introduction", GroupCreation.INTRODUCTION_BYTES);
        String notification = Fields.optionalText(body, "Notification", GroupCreation.NOTIFICATION_BYTES);
        String faceUrl = Fields.optionalText(body, "FaceUrl", GroupCreation.FACE_URL_BYTES);
        Long maxMembers = Fields.optionalLong(body, "MaxMemberNum");
        String apply = option(body, "ApplyJoinOption", true);
        String invite = option(body, "InviteJoinOption", false);
        Boolean history = Fields.onOff(body, "HistoryMsgBeforeJoin");
        Boolean muteAll = Fields.onOff(body, "MuteAllMember");
        if (muteAll == null) {
            muteAll = Fields.onOff(body, "ShutUpAllMember");
        }
        Map<String, String> data = Fields.customData(
                body, "AppDefinedData", app.settings().groupAppDefinedKeys(), GroupCreation.GROUP_DATA_VALUE_BYTES);
        Boolean muteAllValue = muteAll;
        return engine.execute(app, actor, groupId, request.requestId(), context -> {
            Optional<Decision> refused = Checks.anyGroup(context);
            if (refused.isPresent()) {
                return refused.get();
            }
            GroupState group = context.state();
            Role role = context.actorRole();
            boolean profileChange = name != null
                    || introduction != null
                    || notification != null
                    || faceUrl != null
                    || maxMembers != null
                    || apply != null
                    || invite != null
                    || history != null
                    || !data.isEmpty();
            if (profileChange && !GroupRules.mayEditProfile(group.type(), role)) {
                return Checks.denied("Only the owner or an admin may change this group's profile");
            }
            if (muteAllValue != null && (role == null || !role.manages())) {
                return Checks.denied("Only the owner or an admin may mute all members");
            }
            if (maxMembers != null) {
                int cap = GroupRules.memberCap(group.type(), context.app().edition());
                if (maxMembers > cap) {
                    return Decision.fail(
                            ErrorCode.GROUP_MEMBER_LIMIT_REACHED, "MaxMemberNum exceeds the edition's cap of " + cap);
                }
                if (maxMembers < group.memberNum() || maxMembers == 0) {
                    return Decision.fail(
                            ErrorCode.GROUP_INVALID_PARAMETER, "MaxMemberNum is below the current member count");
                }
            }
            if (group.type() == GroupType.AVCHATROOM && (apply != null || invite != null)) {
                return Decision.fail(ErrorCode.GROUP_INVALID_PARAMETER, "AVChatRoom groups are always FreeAccess");
            }
            List<GroupEvent> facts = new ArrayList<>();
            if (profileChange) {
                facts.add(new GroupInfoChanged(
                        group.appId(),
                        group.groupId(),
                        name,
                        introduction,
                        notification,
                        faceUrl,
                        maxMembers == null ? null : maxMembers.intValue(),
                        apply,
                        invite,
                        history == null || !GroupRules.hasHistory(group.type()) ? null : history,
                        data,
                        group.infoSeq() + 1,
                        context.now()));
            }
            if (muteAllValue != null && muteAllValue != group.muteAll()) {
                facts.add(new GroupMuteAllChanged(group.appId(), group.groupId(), muteAllValue));
            }
            return Decision.commit(facts);
        });
    }

    private static String option(JsonNode body, String field, boolean apply) {
        String value = Fields.optionalText(body, field);
        if (value == null) {
            return null;
        }
        return (apply ? JoinOption.parseApply(value) : JoinOption.parseInvite(value))
                .map(JoinOption::wire)
                .orElseThrow(() -> new BadRequest(field + " has an unknown value"));
    }
}
