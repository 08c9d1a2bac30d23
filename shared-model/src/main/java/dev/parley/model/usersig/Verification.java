package dev.parley.model.usersig;

import java.time.Instant;
import java.util.Objects;

import dev.parley.model.error.ErrorCode;

/**
 * Outcome of {@link UserSigCodec#verify}: either success, with the validity window the UserSig declares, or the exact
 * Tencent error code of §3.2.
 *
 * @param errorCode {@link ErrorCode#SUCCESS}, or the code to answer with (70001, 70002, 70003, 70009, 70013, 70014,
 *     70016, 70052)
 * @param reason short fixed diagnostic for logs (e.g. {@code "zlib inflate failed"}); never contains input data;
 *     empty on success
 * @param initTime {@code TLS.time}, when the UserSig was generated; null on failure
 * @param expiresAt {@code TLS.time + TLS.expire}, the last second at which the UserSig is still accepted; null on
 *     failure
 * @param userbuf {@code TLS.userbuf} exactly as found in the document (standard base64); null when absent or on failure
 */
public record Verification(ErrorCode errorCode, String reason, Instant initTime, Instant expiresAt, String userbuf) {

    /** Checks that success carries a validity window and a failure carries nothing but its code and reason. */
    public Verification {
        Objects.requireNonNull(errorCode, "errorCode");
        Objects.requireNonNull(reason, "reason");
        if (errorCode.isSuccess()) {
            Objects.requireNonNull(initTime, "initTime");
            Objects.requireNonNull(expiresAt, "expiresAt");
        } else if (initTime != null || expiresAt != null || userbuf != null) {
            throw new IllegalArgumentException("a failed verification carries no validity window or userbuf");
        }
    }

    /** A successful verification. */
    public static Verification success(Instant initTime, Instant expiresAt, String userbuf) {
        return new Verification(ErrorCode.SUCCESS, "", initTime, expiresAt, userbuf);
    }

    /** A failed verification with {@code errorCode} (not {@link ErrorCode#SUCCESS}). */
    public static Verification failure(ErrorCode errorCode, String reason) {
        if (errorCode.isSuccess()) {
            throw new IllegalArgumentException("failure needs a non-success code");
        }
        return new Verification(errorCode, reason, null, null, null);
    }

    /** True when the UserSig is valid for the request. */
    public boolean ok() {
        return errorCode.isSuccess();
    }
}
