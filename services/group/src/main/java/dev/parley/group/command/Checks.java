package dev.parley.group.command;

import java.util.Optional;

import dev.parley.group.app.Decision;
import dev.parley.group.app.GroupContext;
import dev.parley.group.app.GroupDecider;
import dev.parley.group.domain.GroupRules;
import dev.parley.model.error.ErrorCode;

/** Refusals shared by the mutating commands. */
final class Checks {
    private Checks() {}

    /** 10010 when the group does not exist; 10007 when it is a live room, which stores no members. */
    static Optional<Decision> storedGroup(GroupContext context) {
        if (context.group().isEmpty()) {
            return Optional.of(Decision.fail(ErrorCode.GROUP_NOT_FOUND));
        }
        if (!GroupRules.storesMembers(context.state().type())) {
            return Optional.of(Decision.fail(
                    ErrorCode.GROUP_PERMISSION_DENIED, "Not supported in AVChatRoom groups, which store no members"));
        }
        return Optional.empty();
    }

    /** {@code decider}, run once {@link #storedGroup} has no refusal. */
    static GroupDecider onStoredGroup(GroupDecider decider) {
        return context -> {
            Optional<Decision> refused = storedGroup(context);
            return refused.isPresent() ? refused.get() : decider.decide(context);
        };
    }

    /** 10010 when the group does not exist. */
    static Optional<Decision> anyGroup(GroupContext context) {
        return context.group().isEmpty() ? Optional.of(Decision.fail(ErrorCode.GROUP_NOT_FOUND)) : Optional.empty();
    }

    /** 10007 with a reason. */
    static Decision denied(String why) {
        return Decision.fail(ErrorCode.GROUP_PERMISSION_DENIED, why);
    }

    /** The absolute end of a {@code MuteTime} given in seconds from now; 4294967295 stays "for ever". */
    static long muteUntil(long now, long seconds) {
        return seconds >= GroupRules.MUTE_FOREVER ? GroupRules.MUTE_FOREVER : now + seconds;
    }

    /** {@code MuteTime}, or the legacy {@code ShutUpTime}; null when neither is given. */
    static Long muteTime(com.fasterxml.jackson.databind.JsonNode body) {
        Long seconds = Fields.optionalLong(body, "MuteTime");
        return seconds != null ? seconds : Fields.optionalLong(body, "ShutUpTime");
    }
}
