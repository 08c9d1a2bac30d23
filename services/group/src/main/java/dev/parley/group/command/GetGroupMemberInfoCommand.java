package dev.parley.group.command;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.parley.group.domain.Actor;
import dev.parley.group.domain.GroupState;
import dev.parley.group.domain.MemberState;
import dev.parley.group.domain.Role;
import dev.parley.group.store.GroupStore;
import dev.parley.model.error.ErrorCode;
import dev.parley.model.group.GroupType;
import dev.parley.platform.apps.AppDirectory;
import dev.parley.platform.apps.AppInfo;
import dev.parley.platform.tencent.CommandRequest;
import dev.parley.platform.tencent.TencentReply;

/**
 * {@code get_group_member_info}: a page of a group's members in join order, by {@code Offset} (or the {@code Next}
 * cursor of a Community); live rooms are refused (10007, they list with {@code get_members}).
 */
@Singleton
public class GetGroupMemberInfoCommand extends GroupCommand {
    static final int MAX_LIMIT = 6_000;
    static final int COMMUNITY_LIMIT = 100;

    private final GroupStore store;

    GetGroupMemberInfoCommand(AppDirectory apps, GroupStore store) {
        super(apps);
        this.store = store;
    }

    @Override
    public String command() {
        return "get_group_member_info";
    }

    @Override
    ObjectNode handle(AppInfo app, Actor actor, CommandRequest request) {
        JsonNode body = request.body();
        String groupId = Fields.groupId(body);
        MemberView view = MemberView.of(body);
        Set<Role> roles = MemberView.roles(body);
        Long limitField = Fields.optionalLong(body, "Limit");
        long offset = offset(body);
        Optional<GroupState> group = store.group(app.appId(), groupId);
        if (group.isEmpty()) {
            return TencentReply.fail(ErrorCode.GROUP_NOT_FOUND);
        }
        GroupType type = group.get().type();
        if (type == GroupType.AVCHATROOM) {
            return TencentReply.fail(
                    ErrorCode.GROUP_PERMISSION_DENIED, "AVChatRoom members are not stored, use get_members");
        }
        boolean community = type == GroupType.COMMUNITY;
        int max = community ? COMMUNITY_LIMIT : MAX_LIMIT;
        if (limitField != null && limitField > max) {
            throw new BadRequest("Limit is at most " + max);
        }
        long limit = limitField == null || limitField == 0 ? max : limitField;
        List<MemberState> all = store.allMembers(app.appId(), groupId);
        List<MemberState> listed = all.stream()
                .filter(m -> roles == null || roles.contains(m.role()))
                .sorted(MemberView.ORDER)
                .toList();
        int from = (int) Math.min(offset, listed.size());
        int to = (int) Math.min(listed.size(), from + limit);
        long now = Instant.now().getEpochSecond();
        ObjectNode reply = TencentReply.ok();
        reply.put("MemberNum", all.size());
        ArrayNode list = reply.putArray("MemberList");
        listed.subList(from, to).forEach(m -> list.add(view.render(m, now)));
        if (community) {
            reply.put("Next", to < listed.size() ? String.valueOf(to) : "");
        }
        return reply;
    }

    /** Where the page starts: the {@code Next} cursor when given (a stringified index), else {@code Offset}. */
    private static long offset(JsonNode body) {
        String next = Fields.optionalText(body, "Next");
        if (next != null && !next.isEmpty()) {
            if (next.length() > 9 || !next.chars().allMatch(c -> c >= '0' && c <= '9')) {
                throw new BadRequest("Next must be the cursor of a previous answer");
            }
            return Long.parseLong(next);
        }
        Long offset = Fields.optionalLong(body, "Offset");
        return offset == null ? 0 : offset;
    }
}
