package dev.parley.model.usersig;

/**
 * A UserSig that cannot be decoded: bad percent-escape, base64, zlib, UTF-8 or JSON, or a missing or out-of-range
 * field. Always maps to 70003. The message is a fixed reason that never contains input data; no stack trace is
 * captured, since these are expected on hostile input.
 */
final class SigFormatException extends Exception {

    private static final long serialVersionUID = 1L;

    SigFormatException(String reason) {
        super(reason, null, false, false);
    }
}
