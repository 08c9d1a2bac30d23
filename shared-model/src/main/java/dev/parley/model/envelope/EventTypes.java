package dev.parley.model.envelope;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import dev.parley.model.account.events.AccountDeleted;
import dev.parley.model.account.events.AccountImported;
import dev.parley.model.app.events.AppConfigured;
import dev.parley.model.app.events.AppRegistered;
import dev.parley.model.app.events.AppSecretRotated;
import dev.parley.model.billing.events.GroupCountMeasured;
import dev.parley.model.group.events.GroupAttrsChanged;
import dev.parley.model.group.events.GroupCreated;
import dev.parley.model.group.events.GroupDestroyed;
import dev.parley.model.group.events.GroupInfoChanged;
import dev.parley.model.group.events.GroupMuteAllChanged;
import dev.parley.model.group.events.GroupOwnerChanged;
import dev.parley.model.group.events.JoinRequestDecided;
import dev.parley.model.group.events.JoinRequested;
import dev.parley.model.group.events.LiveRoomEntered;
import dev.parley.model.group.events.LiveRoomLeft;
import dev.parley.model.group.events.MemberInfoChanged;
import dev.parley.model.group.events.MemberJoined;
import dev.parley.model.group.events.MemberLeft;
import dev.parley.model.group.events.MemberMuted;
import dev.parley.model.group.events.MemberRoleChanged;
import dev.parley.model.group.events.MemberUnmuted;
import dev.parley.model.message.events.ConversationDeleted;
import dev.parley.model.message.events.MessageCommitted;
import dev.parley.model.message.events.MessageExtensionsChanged;
import dev.parley.model.message.events.MessageModified;
import dev.parley.model.message.events.MessageRecalled;
import dev.parley.model.message.events.MessageSubmitted;
import dev.parley.model.message.events.MessagesDeletedForUser;
import dev.parley.model.message.events.MessagesRead;
import dev.parley.model.message.events.SendAnswered;
import dev.parley.model.relationship.events.BlacklistAdded;
import dev.parley.model.relationship.events.BlacklistRemoved;
import dev.parley.model.relationship.events.FriendAdded;
import dev.parley.model.relationship.events.FriendDeleted;
import dev.parley.model.relationship.events.FriendGroupsChanged;
import dev.parley.model.relationship.events.FriendRequestResolved;
import dev.parley.model.relationship.events.FriendRequested;
import dev.parley.model.relationship.events.FriendUpdated;
import dev.parley.model.relationship.events.ProfileChangeNotified;
import dev.parley.model.relationship.events.ProfileChanged;
import dev.parley.model.session.events.UserKicked;

/**
 * The registry of logical event types: type string ↔ payload record. Polymorphic (de)serialization goes through
 * this table, never through Java class names, so classes can be renamed without breaking stored events.
 */
public final class EventTypes {
    /** {@link AppRegistered}. */
    public static final String APP_REGISTERED_V1 = "im.app.registered.v1";
    /** {@link AppConfigured}. */
    public static final String APP_CONFIGURED_V1 = "im.app.configured.v1";
    /** {@link AppSecretRotated}. */
    public static final String APP_SECRET_ROTATED_V1 = "im.app.secret-rotated.v1";
    /** {@link AccountImported}. */
    public static final String ACCOUNT_IMPORTED_V1 = "im.account.imported.v1";
    /** {@link AccountDeleted}. */
    public static final String ACCOUNT_DELETED_V1 = "im.account.deleted.v1";
    /** {@link UserKicked}. */
    public static final String SESSION_KICKED_V1 = "im.session.kicked.v1";
    /** {@link GroupCreated}. */
    public static final String GROUP_CREATED_V1 = "im.group.created.v1";
    /** {@link GroupInfoChanged}. */
    public static final String GROUP_INFO_CHANGED_V1 = "im.group.info-changed.v1";
    /** {@link GroupMuteAllChanged}. */
    public static final String GROUP_MUTE_ALL_CHANGED_V1 = "im.group.mute-all-changed.v1";
    /** {@link GroupOwnerChanged}. */
    public static final String GROUP_OWNER_CHANGED_V1 = "im.group.owner-changed.v1";
    /** {@link GroupDestroyed}. */
    public static final String GROUP_DESTROYED_V1 = "im.group.destroyed.v1";
    /** {@link MemberJoined}. */
    public static final String MEMBER_JOINED_V1 = "im.group.member-joined.v1";
    /** {@link MemberLeft}. */
    public static final String MEMBER_LEFT_V1 = "im.group.member-left.v1";
    /** {@link MemberRoleChanged}. */
    public static final String MEMBER_ROLE_CHANGED_V1 = "im.group.member-role-changed.v1";
    /** {@link MemberMuted}. */
    public static final String MEMBER_MUTED_V1 = "im.group.member-muted.v1";
    /** {@link MemberUnmuted}. */
    public static final String MEMBER_UNMUTED_V1 = "im.group.member-unmuted.v1";
    /** {@link MemberInfoChanged}. */
    public static final String MEMBER_INFO_CHANGED_V1 = "im.group.member-info-changed.v1";
    /** {@link JoinRequested}. */
    public static final String JOIN_REQUESTED_V1 = "im.group.join-requested.v1";
    /** {@link JoinRequestDecided}. */
    public static final String JOIN_REQUEST_DECIDED_V1 = "im.group.join-request-decided.v1";
    /** {@link GroupAttrsChanged}. */
    public static final String GROUP_ATTRS_CHANGED_V1 = "im.group.attrs-changed.v1";
    /** {@link LiveRoomEntered}. */
    public static final String LIVE_ROOM_ENTERED_V1 = "im.group.live-room-entered.v1";
    /** {@link LiveRoomLeft}. */
    public static final String LIVE_ROOM_LEFT_V1 = "im.group.live-room-left.v1";
    /** {@link GroupCountMeasured}. */
    public static final String GROUP_COUNT_MEASURED_V1 = "im.billing.group-count-measured.v1";
    /** {@link FriendAdded}. */
    public static final String FRIEND_ADDED_V1 = "im.relationship.friend-added.v1";
    /** {@link FriendUpdated}. */
    public static final String FRIEND_UPDATED_V1 = "im.relationship.friend-updated.v1";
    /** {@link FriendDeleted}. */
    public static final String FRIEND_DELETED_V1 = "im.relationship.friend-deleted.v1";
    /** {@link FriendRequested}. */
    public static final String FRIEND_REQUESTED_V1 = "im.relationship.friend-requested.v1";
    /** {@link FriendRequestResolved}. */
    public static final String FRIEND_REQUEST_RESOLVED_V1 = "im.relationship.friend-request-resolved.v1";
    /** {@link FriendGroupsChanged}. */
    public static final String FRIEND_GROUPS_CHANGED_V1 = "im.relationship.friend-groups-changed.v1";
    /** {@link BlacklistAdded}. */
    public static final String BLACKLIST_ADDED_V1 = "im.relationship.blacklist-added.v1";
    /** {@link BlacklistRemoved}. */
    public static final String BLACKLIST_REMOVED_V1 = "im.relationship.blacklist-removed.v1";
    /** {@link ProfileChanged}. */
    public static final String PROFILE_CHANGED_V1 = "im.profile.changed.v1";
    /** {@link ProfileChangeNotified}. */
    public static final String PROFILE_CHANGE_NOTIFIED_V1 = "im.profile.change-notified.v1";
    /** {@link MessageSubmitted}. */
    public static final String MESSAGE_SUBMITTED_V1 = "im.message.submitted.v1";
    /** {@link MessageCommitted}. */
    public static final String MESSAGE_COMMITTED_V1 = "im.message.committed.v1";
    /** {@link SendAnswered}. */
    public static final String SEND_ANSWERED_V1 = "im.message.send-answered.v1";
    /** {@link MessageRecalled}. */
    public static final String MESSAGE_RECALLED_V1 = "im.message.recalled.v1";
    /** {@link MessageModified}. */
    public static final String MESSAGE_MODIFIED_V1 = "im.message.modified.v1";
    /** {@link MessagesDeletedForUser}. */
    public static final String MESSAGES_DELETED_FOR_USER_V1 = "im.message.deleted-for-user.v1";
    /** {@link MessageExtensionsChanged}. */
    public static final String MESSAGE_EXTENSIONS_CHANGED_V1 = "im.message.extensions-changed.v1";
    /** {@link MessagesRead}. */
    public static final String MESSAGES_READ_V1 = "im.message.read.v1";
    /** {@link ConversationDeleted}. */
    public static final String CONVERSATION_DELETED_V1 = "im.conversation.deleted.v1";

    private static final Map<String, Class<? extends EventPayload>> BY_TYPE;
    private static final Map<Class<? extends EventPayload>, String> BY_CLASS;

    static {
        Map<String, Class<? extends EventPayload>> types = new LinkedHashMap<>();
        types.put(APP_REGISTERED_V1, AppRegistered.class);
        types.put(APP_CONFIGURED_V1, AppConfigured.class);
        types.put(APP_SECRET_ROTATED_V1, AppSecretRotated.class);
        types.put(ACCOUNT_IMPORTED_V1, AccountImported.class);
        types.put(ACCOUNT_DELETED_V1, AccountDeleted.class);
        types.put(SESSION_KICKED_V1, UserKicked.class);
        types.put(GROUP_CREATED_V1, GroupCreated.class);
        types.put(GROUP_INFO_CHANGED_V1, GroupInfoChanged.class);
        types.put(GROUP_MUTE_ALL_CHANGED_V1, GroupMuteAllChanged.class);
        types.put(GROUP_OWNER_CHANGED_V1, GroupOwnerChanged.class);
        types.put(GROUP_DESTROYED_V1, GroupDestroyed.class);
        types.put(MEMBER_JOINED_V1, MemberJoined.class);
        types.put(MEMBER_LEFT_V1, MemberLeft.class);
        types.put(MEMBER_ROLE_CHANGED_V1, MemberRoleChanged.class);
        types.put(MEMBER_MUTED_V1, MemberMuted.class);
        types.put(MEMBER_UNMUTED_V1, MemberUnmuted.class);
        types.put(MEMBER_INFO_CHANGED_V1, MemberInfoChanged.class);
        types.put(JOIN_REQUESTED_V1, JoinRequested.class);
        types.put(JOIN_REQUEST_DECIDED_V1, JoinRequestDecided.class);
        types.put(GROUP_ATTRS_CHANGED_V1, GroupAttrsChanged.class);
        types.put(LIVE_ROOM_ENTERED_V1, LiveRoomEntered.class);
        types.put(LIVE_ROOM_LEFT_V1, LiveRoomLeft.class);
        types.put(GROUP_COUNT_MEASURED_V1, GroupCountMeasured.class);
        types.put(FRIEND_ADDED_V1, FriendAdded.class);
        types.put(FRIEND_UPDATED_V1, FriendUpdated.class);
        types.put(FRIEND_DELETED_V1, FriendDeleted.class);
        types.put(FRIEND_REQUESTED_V1, FriendRequested.class);
        types.put(FRIEND_REQUEST_RESOLVED_V1, FriendRequestResolved.class);
        types.put(FRIEND_GROUPS_CHANGED_V1, FriendGroupsChanged.class);
        types.put(BLACKLIST_ADDED_V1, BlacklistAdded.class);
        types.put(BLACKLIST_REMOVED_V1, BlacklistRemoved.class);
        types.put(PROFILE_CHANGED_V1, ProfileChanged.class);
        types.put(PROFILE_CHANGE_NOTIFIED_V1, ProfileChangeNotified.class);
        types.put(MESSAGE_SUBMITTED_V1, MessageSubmitted.class);
        types.put(MESSAGE_COMMITTED_V1, MessageCommitted.class);
        types.put(SEND_ANSWERED_V1, SendAnswered.class);
        types.put(MESSAGE_RECALLED_V1, MessageRecalled.class);
        types.put(MESSAGE_MODIFIED_V1, MessageModified.class);
        types.put(MESSAGES_DELETED_FOR_USER_V1, MessagesDeletedForUser.class);
        types.put(MESSAGE_EXTENSIONS_CHANGED_V1, MessageExtensionsChanged.class);
        types.put(MESSAGES_READ_V1, MessagesRead.class);
        types.put(CONVERSATION_DELETED_V1, ConversationDeleted.class);
        BY_TYPE = Collections.unmodifiableMap(types);
        Map<Class<? extends EventPayload>, String> classes = new LinkedHashMap<>();
        types.forEach((type, cls) -> classes.put(cls, type));
        BY_CLASS = Collections.unmodifiableMap(classes);
    }

    private EventTypes() {}

    /**
     * @param type a logical type string
     * @return the payload class registered for it, empty for a type this build does not know
     */
    public static Optional<Class<? extends EventPayload>> payloadClass(String type) {
        return Optional.ofNullable(BY_TYPE.get(type));
    }

    /**
     * @param payload an event payload
     * @return its logical type string
     * @throws IllegalArgumentException if the payload's class is not registered
     */
    public static String typeOf(EventPayload payload) {
        String type = BY_CLASS.get(payload.getClass());
        if (type == null) {
            throw new IllegalArgumentException(
                    "unregistered payload " + payload.getClass().getSimpleName());
        }
        return type;
    }

    /** Every registered type, in registration order. */
    public static Map<String, Class<? extends EventPayload>> all() {
        return BY_TYPE;
    }
}
