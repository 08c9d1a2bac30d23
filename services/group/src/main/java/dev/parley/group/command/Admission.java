package dev.parley.group.command;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.parley.group.app.Decision;
import dev.parley.group.app.GroupContext;
import dev.parley.group.domain.GroupRules;
import dev.parley.group.domain.GroupState;
import dev.parley.model.error.ErrorCode;
import dev.parley.model.group.events.GroupEvent;
import dev.parley.model.group.events.MemberJoined;
import dev.parley.platform.accounts.AccountDirectory;
import dev.parley.platform.tencent.TencentReply;

/**
 * Admits a batch of users into a stored group, as {@code add_group_member} and {@code import_group_member} do: the
 * per-member {@code Result} is 1 added, 2 already a member, 0 failed (not an imported account, or in too many
 * groups); the batch fails with 10014 when the newcomers do not fit under the member cap.
 */
@ApplicationScoped
class Admission {
    /** Result: failed. */
    static final int FAILED = 0;
    /** Result: added. */
    static final int ADDED = 1;
    /** Result: already a member. */
    static final int ALREADY_MEMBER = 2;

    private final AccountDirectory accounts;

    Admission(AccountDirectory accounts) {
        this.accounts = accounts;
    }

    /**
     * A newcomer as the command parsed it.
     *
     * @param userId UserID
     * @param role Admin or Member
     * @param joinTime epoch seconds
     * @param unreadMsgNum unread count to start with
     */
    record Newcomer(String userId, String role, long joinTime, long unreadMsgNum) {}

    /** Decides the batch; {@code via} is the MemberJoined origin (Invite, Import). */
    Decision admit(GroupContext context, List<Newcomer> newcomers, String via) {
        GroupState group = context.state();
        List<String> ids = newcomers.stream().map(Newcomer::userId).toList();
        Set<String> members = context.members(ids).keySet();
        Set<String> missing = accounts.missing(context.app(), ids);
        long limit = GroupRules.joinedGroupLimit(context.app().edition());
        Map<String, Long> joined = context.store().joinedCounts(context.app().appId(), ids);
        Map<String, Integer> results = new LinkedHashMap<>();
        List<GroupEvent> facts = new ArrayList<>();
        int memberNum = group.memberNum();
        for (Newcomer newcomer : newcomers) {
            String id = newcomer.userId();
            if (members.contains(id)) {
                results.put(id, ALREADY_MEMBER);
            } else if (missing.contains(id) || joined.getOrDefault(id, 0L) >= limit) {
                results.put(id, FAILED);
            } else {
                results.put(id, ADDED);
                facts.add(new MemberJoined(
                        group.appId(),
                        group.groupId(),
                        id,
                        group.typeName(),
                        newcomer.role(),
                        newcomer.joinTime(),
                        via,
                        "",
                        "AcceptAndNotify",
                        Map.of(),
                        ++memberNum,
                        newcomer.unreadMsgNum()));
            }
        }
        if (memberNum > group.maxMemberNum()) {
            return Decision.fail(ErrorCode.GROUP_FULL);
        }
        ObjectNode reply = TencentReply.ok();
        ArrayNode list = reply.putArray("MemberList");
        results.forEach(
                (id, result) -> list.addObject().put("Member_Account", id).put("Result", result));
        return Decision.commit(facts, reply);
    }
}
