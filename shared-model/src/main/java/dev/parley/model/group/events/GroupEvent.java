package dev.parley.model.group.events;

import dev.parley.model.envelope.EventPayload;

/** Sealed parent of the group facts on {@code im.group.events} (key = appId:groupId). */
public sealed interface GroupEvent extends EventPayload
        permits GroupCreated,
                GroupInfoChanged,
                GroupMuteAllChanged,
                GroupOwnerChanged,
                GroupDestroyed,
                MemberJoined,
                MemberLeft,
                MemberRoleChanged,
                MemberMuted,
                MemberUnmuted,
                MemberInfoChanged,
                JoinRequested,
                JoinRequestDecided,
                GroupAttrsChanged,
                LiveRoomEntered,
                LiveRoomLeft {
    /** SDKAppID. */
    String appId();

    /** GroupId. */
    String groupId();
}
