package dev.parley.group.domain;

import java.util.Optional;

/** {@code ApplyJoinOption} and {@code InviteJoinOption} values. */
public enum JoinOption {
    /** Join (or be invited) without approval. */
    FREE_ACCESS("FreeAccess"),
    /** The owner or an admin approves. */
    NEED_PERMISSION("NeedPermission"),
    /** Applications are refused. */
    DISABLE_APPLY("DisableApply"),
    /** Invitations are refused. */
    DISABLE_INVITE("DisableInvite");

    private final String wire;

    JoinOption(String wire) {
        this.wire = wire;
    }

    /** REST spelling. */
    public String wire() {
        return wire;
    }

    /** Parses an {@code ApplyJoinOption} value. */
    public static Optional<JoinOption> parseApply(String value) {
        return parse(value).filter(o -> o != DISABLE_INVITE);
    }

    /** Parses an {@code InviteJoinOption} value. */
    public static Optional<JoinOption> parseInvite(String value) {
        return parse(value).filter(o -> o != DISABLE_APPLY);
    }

    private static Optional<JoinOption> parse(String value) {
        for (JoinOption option : values()) {
            if (option.wire.equals(value)) {
                return Optional.of(option);
            }
        }
        return Optional.empty();
    }
}
