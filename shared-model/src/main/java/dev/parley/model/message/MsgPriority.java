package dev.parley.model.message;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Group message priority (§4.3, §5.5.4): the request field {@code MsgPriority} is a string, {@code
 * group_msg_get_simple} reports it as an integer 1..4 (§5.5.5). Under overload messages are dropped {@code Lowest}
 * first; {@code High} is protected.
 */
public enum MsgPriority {
    /** {@code "High"}, 1. */
    HIGH("High", 1),
    /** {@code "Normal"}, 2: the default. */
    NORMAL("Normal", 2),
    /** {@code "Low"}, 3. */
    LOW("Low", 3),
    /** {@code "Lowest"}, 4. */
    LOWEST("Lowest", 4);

    /** The request field name. */
    public static final String FIELD = "MsgPriority";

    /** The priority of a message sent without {@code MsgPriority}. */
    public static final MsgPriority DEFAULT = NORMAL;

    private final String wireName;
    private final int numeric;

    MsgPriority(String wireName, int numeric) {
        this.wireName = wireName;
        this.numeric = numeric;
    }

    /** The request spelling, e.g. {@code "High"}. */
    @JsonValue
    public String wireName() {
        return wireName;
    }

    /** The number {@code group_msg_get_simple} reports: 1 High .. 4 Lowest. */
    public int numeric() {
        return numeric;
    }

    /**
     * @param name a request spelling, case-insensitive (Tencent's own case rule is not documented)
     * @throws IllegalArgumentException for another value (answer 10004)
     */
    public static MsgPriority fromWire(String name) {
        for (MsgPriority p : values()) {
            if (p.wireName.equalsIgnoreCase(name)) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown MsgPriority");
    }

    /**
     * @param numeric 1..4
     * @throws IllegalArgumentException for another value
     */
    public static MsgPriority fromNumeric(long numeric) {
        for (MsgPriority p : values()) {
            if (p.numeric == numeric) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown MsgPriority");
    }

    /**
     * Jackson entry point accepting both forms: a string as sent, or an integer as history reports.
     *
     * @throws IllegalArgumentException for anything else
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static MsgPriority fromJson(Object value) {
        if (value instanceof String s) {
            return fromWire(s);
        }
        if (value instanceof Integer || value instanceof Long) {
            return fromNumeric(((Number) value).longValue());
        }
        throw new IllegalArgumentException("unknown MsgPriority");
    }

    /** {@code p}, or {@link #DEFAULT} when null. */
    public static MsgPriority orDefault(MsgPriority p) {
        return p == null ? DEFAULT : p;
    }
}
