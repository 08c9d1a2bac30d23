package dev.parley.relationship.command;

import dev.parley.model.error.ErrorCode;

/** A wrong request field or a refused request: answered with the code and the text. */
final class BadRequest extends RuntimeException {
    private final ErrorCode code;

    BadRequest(ErrorCode code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    ErrorCode code() {
        return code;
    }
}
