package dev.parley.group.command;

import dev.parley.model.error.ErrorCode;

/** A field of the request is wrong; answered with the code (10004 unless said otherwise) and the text. */
final class BadRequest extends RuntimeException {
    private final ErrorCode code;

    BadRequest(String message) {
        this(ErrorCode.GROUP_INVALID_PARAMETER, message);
    }

    BadRequest(ErrorCode code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    ErrorCode code() {
        return code;
    }
}
