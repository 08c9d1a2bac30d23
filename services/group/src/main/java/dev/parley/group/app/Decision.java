package dev.parley.group.app;

import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.parley.model.error.ErrorCode;
import dev.parley.model.group.events.GroupEvent;
import dev.parley.platform.tencent.TencentReply;

/**
 * What a command decided against a group's current state: the facts to commit (maybe none) and the Tencent body
 * to answer once they are committed.
 *
 * @param events facts, in order; empty for a query or a refusal
 * @param reply the response body
 */
public record Decision(List<GroupEvent> events, ObjectNode reply) {

    /** A refusal with the code's standard text. */
    public static Decision fail(ErrorCode code) {
        return new Decision(List.of(), TencentReply.fail(code));
    }

    /** A refusal with a specific text. */
    public static Decision fail(ErrorCode code, String info) {
        return new Decision(List.of(), TencentReply.fail(code, info));
    }

    /** Facts to commit, answered with a plain OK. */
    public static Decision commit(List<GroupEvent> events) {
        return new Decision(events, TencentReply.ok());
    }

    /** Facts to commit, answered with {@code reply}. */
    public static Decision commit(List<GroupEvent> events, ObjectNode reply) {
        return new Decision(events, reply);
    }

    /** An answer without facts. */
    public static Decision answer(ObjectNode reply) {
        return new Decision(List.of(), reply);
    }
}
