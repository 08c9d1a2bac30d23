package dev.parley.model.message;

import dev.parley.model.error.ErrorCode;

/**
 * Why a {@code MsgBody} was rejected, with the Tencent code each {@link MsgScope} answers it with. The C2C codes
 * follow §2.6 (90001 JSON, 90002 malformed body, 90007 not an array, 90010 element not matching its definition,
 * 93000 too long); groups answer every body defect with 10004, bad JSON with 10011 and a too long body with 80002
 * (§5.5.4, §4.5).
 */
public enum MsgBodyProblem {
    /** The text is not valid JSON. */
    NOT_JSON(ErrorCode.C2C_JSON_PARSE, ErrorCode.GROUP_JSON_PARSE),
    /** {@code MsgBody} is absent or null. */
    MISSING(ErrorCode.MSG_BODY_INVALID, ErrorCode.GROUP_INVALID_PARAMETER),
    /** {@code MsgBody} is not a JSON array. */
    NOT_ARRAY(ErrorCode.MSG_BODY_NOT_ARRAY, ErrorCode.GROUP_INVALID_PARAMETER),
    /** {@code MsgBody} is an empty array. */
    EMPTY(ErrorCode.MSG_BODY_INVALID, ErrorCode.GROUP_INVALID_PARAMETER),
    /**
     * An element is not an object, or its {@code MsgType} is missing or not a string, or its {@code MsgContent} is
     * missing or not an object.
     */
    MALFORMED_ELEMENT(ErrorCode.MSG_BODY_INVALID, ErrorCode.GROUP_INVALID_PARAMETER),
    /** {@code MsgType} is not one of the element types a REST sender may use ({@link MsgType}). */
    UNKNOWN_MSG_TYPE(ErrorCode.MSG_ELEMENT_INVALID, ErrorCode.GROUP_INVALID_PARAMETER),
    /** A {@code MsgContent} field has the wrong JSON type or a value outside its documented set. */
    INVALID_FIELD(ErrorCode.MSG_ELEMENT_INVALID, ErrorCode.GROUP_INVALID_PARAMETER),
    /** A field the element requires from REST senders is missing. */
    MISSING_FIELD(ErrorCode.MSG_ELEMENT_INVALID, ErrorCode.GROUP_INVALID_PARAMETER),
    /** More than one {@code TIMCustomElem} in one message (§4.1 allows at most one). */
    MULTIPLE_CUSTOM_ELEMS(ErrorCode.MSG_ELEMENT_INVALID, ErrorCode.GROUP_INVALID_PARAMETER),
    /** The message is larger than the size limit ({@link MsgBodyValidator#MAX_MESSAGE_BYTES}). */
    TOO_LONG(ErrorCode.C2C_PACKET_TOO_LONG, ErrorCode.MESSAGE_TOO_LONG);

    private final ErrorCode c2c;
    private final ErrorCode group;

    MsgBodyProblem(ErrorCode c2c, ErrorCode group) {
        this.c2c = c2c;
        this.group = group;
    }

    /** The Tencent error code this problem is answered with in {@code scope}. */
    public ErrorCode code(MsgScope scope) {
        return scope == MsgScope.GROUP ? group : c2c;
    }
}
