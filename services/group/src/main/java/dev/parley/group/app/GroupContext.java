package dev.parley.group.app;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

import dev.parley.group.domain.Actor;
import dev.parley.group.domain.GroupState;
import dev.parley.group.domain.MemberState;
import dev.parley.group.domain.Role;
import dev.parley.group.store.GroupStore;
import dev.parley.platform.apps.AppInfo;

/**
 * What a decision sees: the app, the actor, the group as of the version being committed on, and reads of its
 * members.
 *
 * @param app the app
 * @param actor who acts
 * @param groupId the GroupId
 * @param group the group, empty if it does not exist
 * @param now epoch seconds of the decision
 * @param store reads of the read model
 */
public record GroupContext(
        AppInfo app, Actor actor, String groupId, Optional<GroupState> group, long now, GroupStore store) {

    /** The group; only call after checking {@link #group()} is present. */
    public GroupState state() {
        return group.orElseThrow();
    }

    /** A stored member. */
    public Optional<MemberState> member(String userId) {
        return store.member(app.appId(), groupId, userId);
    }

    /** The stored members among {@code userIds}. */
    public Map<String, MemberState> members(Collection<String> userIds) {
        return store.members(app.appId(), groupId, userIds);
    }

    /** The actor's role: owner rights for an App admin, null when the actor is not a member. */
    public Role actorRole() {
        if (actor.appAdmin()) {
            return Role.OWNER;
        }
        return member(actor.userId()).map(MemberState::role).orElse(null);
    }
}
