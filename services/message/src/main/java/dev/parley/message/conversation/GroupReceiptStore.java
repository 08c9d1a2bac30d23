package dev.parley.message.conversation;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Group members (with join times) and read receipts, for the group read-receipt commands. */
public interface GroupReceiptStore {
    /**
     * A stored group message as the receipt commands see it.
     *
     * @param seq MsgSeq
     * @param fromAccount sender
     * @param msgTime epoch seconds
     * @param needReadReceipt sent with {@code NeedReadReceipt: 1}
     */
    record Target(long seq, String fromAccount, long msgTime, boolean needReadReceipt) {}

    /** The member joined the group at {@code joinedMs} (membership at the group's {@code version}). */
    void memberJoined(String appId, String groupId, String userId, long version, long joinedMs);

    /** The member left the group. */
    void memberLeft(String appId, String groupId, String userId, long version);

    /** The group was destroyed: its member list is gone. */
    void groupDestroyed(String appId, String groupId, long version);

    /** Current members and their join times (epoch milliseconds). */
    Map<String, Long> members(String appId, String groupId);

    /** The user sent a read receipt for message {@code seq}. */
    void receipt(String appId, String groupId, long seq, String userId, long readAt);

    /** Who sent a read receipt for message {@code seq}. */
    Set<String> readers(String appId, String groupId, long seq);

    /** The stored group message {@code seq}, empty when it does not exist (or expired). */
    Optional<Target> target(String appId, String groupId, long seq);
}
