package dev.parley.message.extension;

/** {@code OperateType} of {@code set_key_values} / {@code group_set_key_values} (§5.4). */
public enum OperateType {
    /** 1: set keys (compare-and-set by each item's Seq). */
    SET(1),
    /** 2: delete keys (23004 for a key that does not exist). */
    DELETE(2),
    /** 3: clear every key; moves ClearSeq. */
    CLEAR(3);

    private final int code;

    OperateType(int code) {
        this.code = code;
    }

    /** The wire value. */
    public int code() {
        return code;
    }

    /** The type of a wire value; null when there is none. */
    public static OperateType of(long code) {
        for (OperateType type : values()) {
            if (type.code == code) {
                return type;
            }
        }
        return null;
    }
}
