package dev.parley.group.command;

import java.util.Optional;

import dev.parley.group.app.GroupContext;
import dev.parley.group.domain.GroupRules;
import dev.parley.group.domain.GroupState;
import dev.parley.group.domain.MemberState;
import dev.parley.group.domain.Role;
import dev.parley.model.group.events.GroupEvent;
import dev.parley.model.group.events.MemberMuted;
import dev.parley.model.group.events.MemberUnmuted;

/**
 * The mute fact for one user: {@code MuteTime} seconds from now (4294967295 = for ever), 0 lifts a mute. Live
 * rooms store no members, so any user may be muted there; in other groups only members.
 */
final class Muting {
    private Muting() {}

    /**
     * @return the fact, empty when there is nothing to change
     * @throws BadRequest 10007 when the actor may not mute this user
     */
    static Optional<GroupEvent> mute(GroupContext context, Role actorRole, String userId, long seconds) {
        GroupState group = context.state();
        Optional<MemberState> member = context.member(userId);
        Role target = member.map(MemberState::role).orElse(Role.MEMBER);
        if (!GroupRules.mayMute(actorRole, target)
                || (group.hasOwner() && group.owner().equals(userId))) {
            throw new BadRequest(
                    dev.parley.model.error.ErrorCode.GROUP_PERMISSION_DENIED,
                    "The owner cannot be muted, and admins only by the owner");
        }
        boolean mutedNow = member.map(m -> m.mutedAt(context.now())).orElse(false);
        if (seconds == 0) {
            return mutedNow ? Optional.of(new MemberUnmuted(group.appId(), group.groupId(), userId)) : Optional.empty();
        }
        return Optional.of(new MemberMuted(
                group.appId(), group.groupId(), userId, Checks.muteUntil(context.now(), seconds), context.now()));
    }
}
