package dev.parley.message.guard;

import java.util.Optional;

import dev.parley.model.group.GroupType;

/**
 * The message service's own view of groups, built from {@code im.group.events}: what the send guard needs to
 * decide who may speak in a group (and, for import_group_msg, the group's create time).
 */
public interface GroupView {
    /**
     * A group as the guard sees it.
     *
     * @param typeName the type as created
     * @param type the type
     * @param owner owner UserID, empty when none
     * @param muteAll whether only the owner and admins may speak
     * @param version the sequence of the last group fact applied
     * @param createTime the group's CreateTime in epoch seconds (for import_group the imported past time); 0 when
     *     unknown (a row projected before the view kept it)
     */
    record Group(String typeName, GroupType type, String owner, boolean muteAll, long version, long createTime) {}

    /**
     * A member as the guard sees it (live rooms: only users with a mute).
     *
     * @param role Owner, Admin or Member
     * @param muteUntil epoch seconds; 0 when not muted
     */
    record Member(String role, long muteUntil) {}

    /** The group, empty when it does not exist or was destroyed. */
    Optional<Group> group(String appId, String groupId);

    /** A stored member (or, in a live room, a user with a mute state), empty otherwise. */
    Optional<Member> member(String appId, String groupId, String userId);

    /** Whether the user is present in the live room. */
    boolean presentInLiveRoom(String appId, String groupId, String userId);
}
