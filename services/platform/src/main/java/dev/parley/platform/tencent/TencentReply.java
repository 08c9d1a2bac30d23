package dev.parley.platform.tencent;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.parley.model.error.ErrorCode;

/**
 * Builds Tencent response bodies: {@code ActionStatus}, {@code ErrorCode}, {@code ErrorInfo} first, then the
 * command's own fields. Always sent with HTTP 200.
 */
public final class TencentReply {
    private TencentReply() {}

    /** {@code {"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":""}}, to which a command adds its fields. */
    public static ObjectNode ok() {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("ActionStatus", "OK");
        body.put("ErrorCode", 0);
        body.put("ErrorInfo", "");
        return body;
    }

    /** A failure with the code's standard text. */
    public static ObjectNode fail(ErrorCode code) {
        return fail(code.code(), code.info());
    }

    /** A failure with a specific text; the text never contains user data or secrets. */
    public static ObjectNode fail(ErrorCode code, String info) {
        return fail(code.code(), info);
    }

    /** A failure with a numeric code. */
    public static ObjectNode fail(int code, String info) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("ActionStatus", "FAIL");
        body.put("ErrorCode", code);
        body.put("ErrorInfo", info);
        return body;
    }
}
