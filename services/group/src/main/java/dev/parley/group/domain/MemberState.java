package dev.parley.group.domain;

import java.util.Map;

/**
 * One stored member of a group.
 *
 * @param userId UserID
 * @param role role
 * @param joinTime epoch seconds
 * @param msgFlag AcceptAndNotify, AcceptNotNotify or Discard
 * @param nameCard group nickname
 * @param muteUntil epoch seconds until which the member may not speak; 0 when not muted
 * @param appDefinedData member custom fields
 * @param unreadMsgNum unread count set by import_group_member or set_unread_msg_num
 */
public record MemberState(
        String userId,
        Role role,
        long joinTime,
        String msgFlag,
        String nameCard,
        long muteUntil,
        Map<String, String> appDefinedData,
        long unreadMsgNum) {

    /** Whether the member is muted at {@code nowSeconds}. */
    public boolean mutedAt(long nowSeconds) {
        return muteUntil > nowSeconds;
    }

    /** The mute end to report at {@code nowSeconds}: 0 once a timed mute expired. */
    public long muteUntilAt(long nowSeconds) {
        return mutedAt(nowSeconds) ? muteUntil : 0;
    }
}
