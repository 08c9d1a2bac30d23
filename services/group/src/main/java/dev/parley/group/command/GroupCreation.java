package dev.parley.group.command;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.parley.group.app.Decision;
import dev.parley.group.app.GroupContext;
import dev.parley.group.app.GroupCountMeter;
import dev.parley.group.domain.GroupRules;
import dev.parley.group.domain.JoinOption;
import dev.parley.group.domain.Role;
import dev.parley.model.error.ErrorCode;
import dev.parley.model.group.GroupType;
import dev.parley.model.group.events.GroupCreated;
import dev.parley.model.group.events.GroupEvent;
import dev.parley.model.group.events.MemberJoined;
import dev.parley.platform.accounts.AccountDirectory;
import dev.parley.platform.apps.AppInfo;
import dev.parley.platform.tencent.TencentReply;

/**
 * Parses and decides {@code create_group} and {@code import_group}: the request becomes a {@link GroupCreated} and
 * one {@link MemberJoined} per initial member (owner first).
 */
@ApplicationScoped
class GroupCreation {
    static final int NAME_BYTES = 100;
    static final int INTRODUCTION_BYTES = 400;
    static final int NOTIFICATION_BYTES = 400;
    static final int FACE_URL_BYTES = 500;
    static final int NAME_CARD_BYTES = 50;
    static final int GROUP_DATA_VALUE_BYTES = 512;
    static final int MEMBER_DATA_VALUE_BYTES = 64;
    static final int MAX_INITIAL_MEMBERS = 500;
    private static final char[] ID_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final AccountDirectory accounts;
    private final GroupCountMeter meter;

    GroupCreation(AccountDirectory accounts, GroupCountMeter meter) {
        this.accounts = accounts;
        this.meter = meter;
    }

    /**
     * A parsed creation request.
     *
     * @param groupId the custom GroupId, or a generated one
     * @param custom whether the caller chose the id
     * @param facts the events to commit when the id is free
     * @param owner the owner, may be null
     */
    record Plan(String groupId, boolean custom, List<GroupEvent> facts, String owner) {}

    /** Parses the request; throws {@link BadRequest} for a wrong field. */
    Plan plan(AppInfo app, JsonNode body, long now, boolean imported) {
        GroupType type = GroupType.parse(Fields.optionalText(body, "Type"))
                .orElseThrow(() -> new BadRequest(
                        "Type must be Private, Work, Public, ChatRoom, Meeting, AVChatRoom" + " or Community"));
        String typeName = body.get("Type").asText();
        if (!GroupRules.availableOn(type, app.edition())) {
            throw new BadRequest(ErrorCode.EDITION_NOT_SUPPORTED, "Community groups need the ultimate edition");
        }
        if (imported && type == GroupType.AVCHATROOM) {
            throw new BadRequest(ErrorCode.GROUP_PERMISSION_DENIED, "AVChatRoom groups cannot be imported");
        }
        String name = Fields.optionalText(body, "Name", NAME_BYTES);
        if (name == null || name.isEmpty()) {
            throw new BadRequest("Name is required (at most " + NAME_BYTES + " bytes)");
        }
        String owner = Fields.optionalUserId(body, "Owner_Account");
        String customId = Fields.optionalText(body, "GroupId");
        String groupId = customId == null ? generateId(type) : checkCustomId(customId, type);
        int cap = GroupRules.memberCap(type, app.edition());
        Long maxMembers = Fields.optionalLong(body, "MaxMemberCount");
        if (maxMembers != null && maxMembers > cap) {
            throw new BadRequest(
                    ErrorCode.GROUP_MEMBER_LIMIT_REACHED, "MaxMemberCount exceeds the edition's cap of " + cap);
        }
        int maxMemberNum = maxMembers == null || maxMembers == 0 ? cap : maxMembers.intValue();
        JoinOption apply = type == GroupType.AVCHATROOM
                ? JoinOption.FREE_ACCESS
                : optionOrDefault(
                        Fields.optionalText(body, "ApplyJoinOption"), true, GroupRules.defaultApplyOption(type));
        JoinOption invite = type == GroupType.AVCHATROOM
                ? JoinOption.DISABLE_INVITE
                : optionOrDefault(Fields.optionalText(body, "InviteJoinOption"), false, JoinOption.FREE_ACCESS);
        Boolean history = Fields.onOff(body, "HistoryMsgBeforeJoin");
        boolean historyBeforeJoin = GroupRules.hasHistory(type)
                && (history != null ? history : GroupRules.historyBeforeJoin(type, app.settings()));
        Map<String, String> groupData =
                Fields.customData(body, "AppDefinedData", app.settings().groupAppDefinedKeys(), GROUP_DATA_VALUE_BYTES);
        long createTime = now;
        if (imported) {
            Long given = Fields.optionalLong(body, "CreateTime");
            if (given != null && (given == 0 || given > now)) {
                throw new BadRequest("CreateTime must be a past time in seconds");
            }
            createTime = given == null ? now : given;
        }
        List<GroupEvent> facts = new ArrayList<>();
        facts.add(new GroupCreated(
                app.appId(),
                groupId,
                typeName,
                name,
                nz(Fields.optionalText(body, "Introduction", INTRODUCTION_BYTES)),
                nz(Fields.optionalText(body, "Notification", NOTIFICATION_BYTES)),
                nz(Fields.optionalText(body, "FaceUrl", FACE_URL_BYTES)),
                nz(owner),
                createTime,
                maxMemberNum,
                apply.wire(),
                invite.wire(),
                historyBeforeJoin,
                type == GroupType.COMMUNITY && Fields.flag(body, "SupportTopic"),
                groupData,
                imported));
        Map<String, JsonNode> members = imported || body.get("MemberList") == null
                ? Map.of()
                : Fields.members(body, "MemberList", "Member_Account", MAX_INITIAL_MEMBERS);
        if (type == GroupType.AVCHATROOM && !members.isEmpty()) {
            throw new BadRequest("AVChatRoom groups have no initial members");
        }
        int memberNum = 0;
        if (owner != null && GroupRules.storesMembers(type)) {
            facts.add(new MemberJoined(
                    app.appId(),
                    groupId,
                    owner,
                    typeName,
                    Role.OWNER.wire(),
                    createTime,
                    "Create",
                    "",
                    "AcceptAndNotify",
                    Map.of(),
                    ++memberNum,
                    0));
        }
        for (Map.Entry<String, JsonNode> entry : members.entrySet()) {
            if (entry.getKey().equals(owner)) {
                continue;
            }
            JsonNode item = entry.getValue();
            Role role = memberRole(item, type);
            Long joinTime = Fields.optionalLong(item, "JoinTime");
            facts.add(new MemberJoined(
                    app.appId(),
                    groupId,
                    entry.getKey(),
                    typeName,
                    role.wire(),
                    joinTime == null || joinTime == 0 ? createTime : joinTime,
                    "Create",
                    nz(Fields.optionalText(item, "NameCard", NAME_CARD_BYTES)),
                    msgFlag(item),
                    Fields.customData(
                            item,
                            "AppMemberDefinedData",
                            app.settings().memberAppDefinedKeys(),
                            MEMBER_DATA_VALUE_BYTES),
                    ++memberNum,
                    0));
        }
        if (memberNum > maxMemberNum) {
            throw new BadRequest(ErrorCode.GROUP_FULL, "More initial members than MaxMemberCount");
        }
        return new Plan(groupId, customId != null, facts, owner);
    }

    /** Decides the plan against the current state of its GroupId. */
    Decision decide(GroupContext context, Plan plan) {
        if (context.group().isPresent()) {
            boolean sameOwner =
                    plan.owner() != null && plan.owner().equals(context.state().owner());
            return Decision.fail(sameOwner ? ErrorCode.GROUP_ID_OWNED_BY_OPERATOR : ErrorCode.GROUP_ID_IN_USE);
        }
        AppInfo app = context.app();
        GroupCreated created = (GroupCreated) plan.facts().get(0);
        GroupType type = GroupType.parse(created.type()).orElseThrow();
        Set<String> people = new LinkedHashSet<>();
        if (plan.owner() != null) {
            people.add(plan.owner());
        }
        plan.facts().stream()
                .filter(f -> f instanceof MemberJoined)
                .forEach(f -> people.add(((MemberJoined) f).userId()));
        if (!accounts.missing(app, people).isEmpty()) {
            return Decision.fail(ErrorCode.GROUP_ACCOUNT_NOT_FOUND, "Owner_Account or a member is not imported");
        }
        if (type == GroupType.AVCHATROOM && meter.liveRooms(app.appId()) >= GroupRules.liveRoomLimit(app.edition())) {
            return Decision.fail(ErrorCode.AVCHATROOM_LIMIT_REACHED);
        }
        if (GroupRules.storesMembers(type)) {
            long limit = GroupRules.joinedGroupLimit(app.edition());
            boolean over = context.store().joinedCounts(app.appId(), people).values().stream()
                    .anyMatch(n -> n >= limit);
            if (over) {
                return Decision.fail(ErrorCode.USER_GROUP_LIMIT_REACHED);
            }
        }
        ObjectNode reply = TencentReply.ok();
        reply.put("GroupId", plan.groupId());
        if (!created.imported()) {
            reply.put("Type", created.type());
        }
        return Decision.commit(plan.facts(), reply);
    }

    static Role memberRole(JsonNode item, GroupType type) {
        String role = Fields.optionalText(item, "Role");
        if (role == null || role.isEmpty() || "Member".equals(role)) {
            return Role.MEMBER;
        }
        if ("Admin".equals(role) && GroupRules.hasAdmins(type)) {
            return Role.ADMIN;
        }
        throw new BadRequest("Role must be Admin or Member (no Admin role in Work and AVChatRoom groups)");
    }

    static String msgFlag(JsonNode item) {
        String flag = Fields.optionalText(item, "MsgFlag");
        if (flag == null || flag.isEmpty()) {
            return "AcceptAndNotify";
        }
        if (!flag.equals("AcceptAndNotify") && !flag.equals("AcceptNotNotify") && !flag.equals("Discard")) {
            throw new BadRequest("MsgFlag must be AcceptAndNotify, AcceptNotNotify or Discard");
        }
        return flag;
    }

    private static JoinOption optionOrDefault(String value, boolean apply, JoinOption fallback) {
        if (value == null || value.isEmpty()) {
            return fallback;
        }
        return (apply ? JoinOption.parseApply(value) : JoinOption.parseInvite(value))
                .orElseThrow(() -> new BadRequest(
                        apply
                                ? "ApplyJoinOption must be FreeAccess, NeedPermission or DisableApply"
                                : "InviteJoinOption must be FreeAccess, NeedPermission or DisableInvite"));
    }

    private static String checkCustomId(String id, GroupType type) {
        if (!Fields.validGroupId(id)) {
            throw new BadRequest(ErrorCode.GROUP_ID_INVALID, "GroupId must be 1 to 48 bytes of printable ASCII");
        }
        boolean reserved = id.startsWith("@TGS#");
        if (type == GroupType.COMMUNITY ? !id.startsWith("@TGS#_") : reserved) {
            throw new BadRequest(
                    ErrorCode.GROUP_ID_INVALID,
                    type == GroupType.COMMUNITY
                            ? "A custom Community GroupId starts with @TGS#_"
                            : "A custom GroupId must not start with @TGS#");
        }
        return id;
    }

    static String generateId(GroupType type) {
        StringBuilder id = new StringBuilder(GroupRules.generatedIdPrefix(type));
        for (int i = 0; i < 9; i++) {
            id.append(ID_ALPHABET[RANDOM.nextInt(ID_ALPHABET.length)]);
        }
        return id.toString();
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }
}
