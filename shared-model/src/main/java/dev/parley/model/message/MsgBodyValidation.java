package dev.parley.model.message;

import java.util.Objects;

import dev.parley.model.error.ErrorCode;

/**
 * Outcome of {@link MsgBodyValidator}: either success with the parsed body and its size, or the first problem found
 * with the Tencent code for the scope and an English reason (a JSON path and field name at most, never user text).
 *
 * @param code {@link ErrorCode#SUCCESS} or the code to answer with
 * @param reason empty on success, else why the body was rejected
 * @param problem null on success, else the kind of defect
 * @param body the parsed body; null when it could not be parsed
 * @param size the counted size in bytes ({@link MsgBodyValidator#messageSize}); -1 when the body could not be parsed
 */
public record MsgBodyValidation(ErrorCode code, String reason, MsgBodyProblem problem, MsgBody body, long size) {

    /** Checks that success and failure fields agree. */
    public MsgBodyValidation {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(reason, "reason");
        if ((problem == null) != (code == ErrorCode.SUCCESS)) {
            throw new IllegalArgumentException("problem and code disagree");
        }
    }

    /** A successful validation of {@code body} measuring {@code size} bytes. */
    public static MsgBodyValidation ok(MsgBody body, long size) {
        return new MsgBodyValidation(ErrorCode.SUCCESS, "", null, Objects.requireNonNull(body, "body"), size);
    }

    /** A failed validation; {@code body} may be null when parsing failed, {@code size} -1 when unknown. */
    public static MsgBodyValidation failed(
            MsgBodyProblem problem, MsgScope scope, String reason, MsgBody body, long size) {
        return new MsgBodyValidation(problem.code(scope), reason, problem, body, size);
    }

    /** True when the body may be sent. */
    public boolean ok() {
        return problem == null;
    }
}
