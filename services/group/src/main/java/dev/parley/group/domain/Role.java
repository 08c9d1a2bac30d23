package dev.parley.group.domain;

import java.util.Optional;

/** A member's role in a group, with Tencent's REST spelling. */
public enum Role {
    /** The one owner. */
    OWNER("Owner"),
    /** An administrator set by the owner. */
    ADMIN("Admin"),
    /** An ordinary member. */
    MEMBER("Member");

    private final String wire;

    Role(String wire) {
        this.wire = wire;
    }

    /** {@code Owner}, {@code Admin} or {@code Member}. */
    public String wire() {
        return wire;
    }

    /** Parses the REST spelling; empty for anything else. */
    public static Optional<Role> parse(String value) {
        for (Role role : values()) {
            if (role.wire.equals(value)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }

    /** Owner or admin. */
    public boolean manages() {
        return this != MEMBER;
    }
}
