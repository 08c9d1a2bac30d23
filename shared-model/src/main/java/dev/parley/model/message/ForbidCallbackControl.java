package dev.parley.model.message;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Values of the {@code ForbidCallbackControl} string array (§4.2, §4.3): suppress the App backend callbacks for
 * this one message. Same for C2C and group messages.
 */
public enum ForbidCallbackControl {
    /** {@code "ForbidBeforeSendMsgCallback"}: skip the before-send callback. */
    FORBID_BEFORE_SEND_MSG_CALLBACK("ForbidBeforeSendMsgCallback"),
    /** {@code "ForbidAfterSendMsgCallback"}: skip the after-send callback. */
    FORBID_AFTER_SEND_MSG_CALLBACK("ForbidAfterSendMsgCallback");

    /** The request field name. */
    public static final String FIELD = "ForbidCallbackControl";

    private final String wireName;

    ForbidCallbackControl(String wireName) {
        this.wireName = wireName;
    }

    /** The exact string. */
    @JsonValue
    public String wireName() {
        return wireName;
    }

    /**
     * Strict lookup, used by Jackson.
     *
     * @param name exact, case-sensitive spelling
     * @throws IllegalArgumentException for an unknown value
     */
    @JsonCreator
    public static ForbidCallbackControl fromWire(String name) {
        for (ForbidCallbackControl c : values()) {
            if (c.wireName.equals(name)) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown ForbidCallbackControl");
    }

    /**
     * Lenient reading of a request's array: unknown values and nulls are ignored.
     *
     * @param values the array's strings; null means absent
     */
    public static Set<ForbidCallbackControl> parseAll(Collection<String> values) {
        Set<ForbidCallbackControl> out = EnumSet.noneOf(ForbidCallbackControl.class);
        if (values != null) {
            for (String v : values) {
                for (ForbidCallbackControl c : values()) {
                    if (c.wireName.equals(v)) {
                        out.add(c);
                    }
                }
            }
        }
        return out;
    }
}
