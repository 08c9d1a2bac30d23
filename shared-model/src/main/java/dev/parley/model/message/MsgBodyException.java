package dev.parley.model.message;

import dev.parley.model.error.ErrorCode;

/**
 * A {@code MsgBody} (or one element of it) that cannot be parsed into the typed model. Unchecked, so that it also
 * travels out of Jackson creators (wrapped in Jackson's own exception; look at the cause). The message is a fixed
 * English reason naming at most a JSON path and a field name, never user data; no stack trace is captured, since
 * these are expected on client input.
 */
public final class MsgBodyException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final MsgBodyProblem problem;

    /**
     * @param problem the kind of defect
     * @param reason English reason without user data
     */
    public MsgBodyException(MsgBodyProblem problem, String reason) {
        super(reason, null, false, false);
        this.problem = problem;
    }

    /** The kind of defect. */
    public MsgBodyProblem problem() {
        return problem;
    }

    /** The Tencent error code to answer with in {@code scope}. */
    public ErrorCode code(MsgScope scope) {
        return problem.code(scope);
    }
}
