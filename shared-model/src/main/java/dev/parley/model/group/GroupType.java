package dev.parley.model.group;

import java.util.Locale;
import java.util.Optional;

/**
 * Tencent's group types with every REST spelling (§6.1). {@code Work} is accepted for {@code Private} and
 * {@code Meeting} for {@code ChatRoom}; a group reports the spelling it was created with.
 */
public enum GroupType {
    /** Work group (好友工作群), REST {@code Private}. */
    PRIVATE("Private", "Work"),
    /** Public group (陌生人社交群). */
    PUBLIC("Public", "Public"),
    /** Meeting group (临时会议群), REST {@code ChatRoom}. */
    CHATROOM("ChatRoom", "Meeting"),
    /** Live room (直播群). */
    AVCHATROOM("AVChatRoom", "AVChatRoom"),
    /** Community (社群). */
    COMMUNITY("Community", "Community");

    private final String restName;
    private final String alias;

    GroupType(String restName, String alias) {
        this.restName = restName;
        this.alias = alias;
    }

    /** The REST spelling, e.g. {@code Private}. */
    public String restName() {
        return restName;
    }

    /**
     * @param value a {@code Type} value as sent by a client, case-sensitive as Tencent is
     * @return the type, empty for an unknown spelling
     */
    public static Optional<GroupType> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        for (GroupType type : values()) {
            if (type.restName.equals(value) || type.alias.equals(value)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    /** Lower-case name for logs and metrics. */
    public String metricName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
