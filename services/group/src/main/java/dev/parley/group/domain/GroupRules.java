package dev.parley.group.domain;

import dev.parley.model.app.AppSettings;
import dev.parley.model.app.Edition;
import dev.parley.model.group.GroupType;

/**
 * The capability matrix of Tencent's group types (§6.2 of the protocol notes and the seed FAQ), in one place.
 * Every command asks these rules; none repeats them.
 */
public final class GroupRules {
    /** {@code MuteTime} meaning "for ever". */
    public static final long MUTE_FOREVER = 4_294_967_295L;

    /** Live rooms have no member cap. */
    public static final int UNLIMITED = Integer.MAX_VALUE;

    private GroupRules() {}

    /** Member cap of a type on an edition (§8.4); Community needs ultimate or enterprise. */
    public static int memberCap(GroupType type, Edition edition) {
        return switch (type) {
            case AVCHATROOM -> UNLIMITED;
            case COMMUNITY -> 100_000;
            default ->
                switch (edition) {
                    case TRIAL -> 20;
                    case PRO -> 200;
                    case ULTIMATE -> 2_000;
                    case ENTERPRISE -> 6_000;
                };
        };
    }

    /** Whether the edition may create this type at all (Community is a Flagship feature). */
    public static boolean availableOn(GroupType type, Edition edition) {
        return type != GroupType.COMMUNITY || edition == Edition.ULTIMATE || edition == Edition.ENTERPRISE;
    }

    /** Live rooms an app may have at once (10036 beyond). */
    public static long liveRoomLimit(Edition edition) {
        return switch (edition) {
            case TRIAL -> 10;
            case PRO -> 50;
            default -> Long.MAX_VALUE;
        };
    }

    /** Non-live groups a user may be in (10037 beyond). */
    public static long joinedGroupLimit(Edition edition) {
        return switch (edition) {
            case TRIAL -> 50;
            case PRO -> 1_000;
            case ULTIMATE -> 2_000;
            case ENTERPRISE -> 10_000;
        };
    }

    /** Whether members are stored (live rooms keep only who is present). */
    public static boolean storesMembers(GroupType type) {
        return type != GroupType.AVCHATROOM;
    }

    /** Whether the type keeps message history and unread counts. */
    public static boolean hasHistory(GroupType type) {
        return type != GroupType.AVCHATROOM;
    }

    /**
     * Whether new members see messages sent before they joined, as the app configured it per type; Tencent's
     * default (seed FAQ): Meeting and Community yes, Work and Public no, live rooms have no history.
     */
    public static boolean historyBeforeJoin(GroupType type, AppSettings settings) {
        if (!hasHistory(type)) {
            return false;
        }
        if (settings != null && settings.historyBeforeJoinGroupTypes() != null) {
            return settings.historyBeforeJoinGroupTypes().contains(type.restName());
        }
        return type == GroupType.CHATROOM || type == GroupType.COMMUNITY;
    }

    /** {@code ApplyJoinOption} when the creator gives none. */
    public static JoinOption defaultApplyOption(GroupType type) {
        return switch (type) {
            case PRIVATE -> JoinOption.DISABLE_APPLY;
            case PUBLIC -> JoinOption.NEED_PERMISSION;
            default -> JoinOption.FREE_ACCESS;
        };
    }

    /** Whether the type supports an Admin role set through modify_group_member_info. */
    public static boolean hasAdmins(GroupType type) {
        return type != GroupType.PRIVATE && type != GroupType.AVCHATROOM;
    }

    /** Whether the owner may quit (Work and Meeting: yes; ownership passes to the earliest-joined member). */
    public static boolean ownerMayQuit(GroupType type) {
        return type == GroupType.PRIVATE || type == GroupType.CHATROOM;
    }

    /** Whether members can be added by invitation (not in live rooms). */
    public static boolean invitable(GroupType type) {
        return type != GroupType.AVCHATROOM;
    }

    /** Whether {@code actorRole} (null = not a member) may invite into a group of this type. */
    public static boolean mayInvite(GroupType type, Role actorRole) {
        if (actorRole == null || !invitable(type)) {
            return false;
        }
        return type == GroupType.PRIVATE || type == GroupType.CHATROOM || actorRole.manages();
    }

    /** Whether {@code actorRole} may remove a member whose role is {@code targetRole}. */
    public static boolean mayKick(GroupType type, Role actorRole, Role targetRole) {
        if (actorRole == null || type == GroupType.AVCHATROOM || targetRole == Role.OWNER) {
            return false;
        }
        if (type == GroupType.PRIVATE) {
            return actorRole == Role.OWNER;
        }
        return actorRole == Role.OWNER || (actorRole == Role.ADMIN && targetRole == Role.MEMBER);
    }

    /** Whether {@code actorRole} may mute a member whose role is {@code targetRole} (never the owner). */
    public static boolean mayMute(Role actorRole, Role targetRole) {
        if (actorRole == null || targetRole == Role.OWNER) {
            return false;
        }
        return actorRole == Role.OWNER || (actorRole == Role.ADMIN && targetRole == Role.MEMBER);
    }

    /** Whether {@code actorRole} may change the group profile (Work groups: any member). */
    public static boolean mayEditProfile(GroupType type, Role actorRole) {
        return actorRole != null && (type == GroupType.PRIVATE || actorRole.manages());
    }

    /** Whether the type accepts join applications at all (Work groups are invite-only). */
    public static boolean acceptsApplications(GroupType type) {
        return type != GroupType.PRIVATE;
    }

    /** Prefix of generated group ids, as Tencent's ids look. */
    public static String generatedIdPrefix(GroupType type) {
        return switch (type) {
            case PRIVATE -> "@TGS#1";
            case PUBLIC -> "@TGS#2";
            case CHATROOM -> "@TGS#3";
            case AVCHATROOM -> "@TGS#a";
            case COMMUNITY -> "@TGS#_";
        };
    }
}
