package dev.parley.model.message;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Values of the {@code SendMsgControl} string array (§4.2, §4.3). Group messages document only {@code NoLastMsg}
 * and {@code NoUnread} ({@link #appliesTo(MsgScope)}); {@code NoUnread} cannot be combined with {@code
 * OnlineOnlyFlag: 1} in groups.
 */
public enum SendMsgControl {
    /** {@code "NoUnread"}: the message does not count as unread. */
    NO_UNREAD("NoUnread"),
    /** {@code "NoLastMsg"}: the conversation list is not updated. */
    NO_LAST_MSG("NoLastMsg"),
    /** {@code "WithMuteNotifications"}: honour the receiver's do-not-disturb setting for this sender (C2C). */
    WITH_MUTE_NOTIFICATIONS("WithMuteNotifications");

    /** The request field name. */
    public static final String FIELD = "SendMsgControl";

    private final String wireName;

    SendMsgControl(String wireName) {
        this.wireName = wireName;
    }

    /** The exact string, e.g. {@code "NoUnread"}. */
    @JsonValue
    public String wireName() {
        return wireName;
    }

    /** True when the value is documented for {@code scope}. */
    public boolean appliesTo(MsgScope scope) {
        return scope == MsgScope.C2C || this != WITH_MUTE_NOTIFICATIONS;
    }

    /**
     * Strict lookup, used by Jackson.
     *
     * @param name exact, case-sensitive spelling
     * @throws IllegalArgumentException for an unknown value
     */
    @JsonCreator
    public static SendMsgControl fromWire(String name) {
        for (SendMsgControl c : values()) {
            if (c.wireName.equals(name)) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown SendMsgControl");
    }

    /**
     * Lenient reading of a request's array: unknown values and nulls are ignored (Tencent's handling of unknown values
     * is not documented; ignoring them keeps newer clients working).
     *
     * @param values the array's strings; null means absent
     */
    public static Set<SendMsgControl> parseAll(Collection<String> values) {
        Set<SendMsgControl> out = EnumSet.noneOf(SendMsgControl.class);
        if (values != null) {
            for (String v : values) {
                for (SendMsgControl c : values()) {
                    if (c.wireName.equals(v)) {
                        out.add(c);
                    }
                }
            }
        }
        return out;
    }
}
