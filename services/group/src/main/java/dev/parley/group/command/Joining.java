package dev.parley.group.command;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.parley.group.app.Decision;
import dev.parley.group.app.GroupContext;
import dev.parley.group.domain.GroupRules;
import dev.parley.group.domain.GroupState;
import dev.parley.group.domain.Role;
import dev.parley.model.error.ErrorCode;
import dev.parley.model.group.events.MemberJoined;

/**
 * One user joining a stored group by application ({@code apply_join_group} with FreeAccess, or an approved
 * request): the member cap (10014) and the user's joined-group limit (10037), then the {@link MemberJoined} fact.
 */
final class Joining {
    private Joining() {}

    /** The refusal when {@code userId} may not join the group now, else empty. */
    static Optional<Decision> refusal(GroupContext context, String userId) {
        GroupState group = context.state();
        if (group.memberNum() >= group.maxMemberNum()) {
            return Optional.of(Decision.fail(ErrorCode.GROUP_FULL));
        }
        long limit = GroupRules.joinedGroupLimit(context.app().edition());
        long joined = context.store()
                .joinedCounts(context.app().appId(), List.of(userId))
                .getOrDefault(userId, 0L);
        if (joined >= limit) {
            return Optional.of(Decision.fail(ErrorCode.USER_GROUP_LIMIT_REACHED));
        }
        return Optional.empty();
    }

    /** {@code userId} joins as an ordinary member; {@code via} is Apply or Approve. */
    static MemberJoined member(GroupContext context, String userId, String via) {
        GroupState group = context.state();
        return new MemberJoined(
                group.appId(),
                group.groupId(),
                userId,
                group.typeName(),
                Role.MEMBER.wire(),
                context.now(),
                via,
                "",
                "AcceptAndNotify",
                Map.of(),
                group.memberNum() + 1,
                0);
    }
}
