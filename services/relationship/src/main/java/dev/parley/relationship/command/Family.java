package dev.parley.relationship.command;

import dev.parley.model.error.ErrorCode;

/**
 * The error codes of one REST service family: {@code sns} answers in the 30000s, {@code profile} in the 40000s
 * (§2.3, §2.4), with the same meanings.
 *
 * @param invalid invalid parameter (30001 / 40001)
 * @param notFound account does not exist (30003 / 40003)
 * @param adminRequired {@code From_Account} is not the caller and the caller is not an App admin (30004 / 40004)
 */
record Family(ErrorCode invalid, ErrorCode notFound, ErrorCode adminRequired) {
    /** The {@code sns} family. */
    static final Family SNS =
            new Family(ErrorCode.SNS_INVALID_PARAMETER, ErrorCode.SNS_ACCOUNT_NOT_FOUND, ErrorCode.SNS_ADMIN_REQUIRED);

    /** The {@code profile} family. */
    static final Family PROFILE = new Family(
            ErrorCode.PROFILE_INVALID_PARAMETER, ErrorCode.PROFILE_ACCOUNT_NOT_FOUND, ErrorCode.PROFILE_ADMIN_REQUIRED);

    /** A 30001/40001 refusal. */
    BadRequest bad(String why) {
        return new BadRequest(invalid, why);
    }
}
