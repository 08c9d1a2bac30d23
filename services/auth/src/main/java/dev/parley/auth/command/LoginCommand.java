package dev.parley.auth.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.parley.model.error.ErrorCode;
import dev.parley.platform.apps.AppDirectory;
import dev.parley.platform.apps.AppInfo;
import dev.parley.platform.tencent.CommandRequest;
import dev.parley.platform.tencent.TencentCommand;
import dev.parley.platform.tencent.TencentReply;

/**
 * Base of the {@code im_open_login_svc} commands: resolves the app and offers the field readers every command
 * needs. Field errors answer 70402, batch sizes over 100 answer 70206.
 */
abstract class LoginCommand implements TencentCommand {
    static final String SERVICE = "im_open_login_svc";
    static final int MAX_BATCH = 100;

    private final AppDirectory apps;

    LoginCommand(AppDirectory apps) {
        this.apps = apps;
    }

    @Override
    public final String service() {
        return SERVICE;
    }

    @Override
    public final ObjectNode handle(CommandRequest request) {
        Optional<AppInfo> app = apps.find(request.appId());
        if (app.isEmpty()) {
            return TencentReply.fail(ErrorCode.SDKAPPID_INVALID);
        }
        return handle(app.get(), request);
    }

    /** The command proper, for a known app. */
    abstract ObjectNode handle(AppInfo app, CommandRequest request);

    static ObjectNode invalid(String what) {
        return TencentReply.fail(ErrorCode.ACCOUNT_INVALID_PARAMETER, what);
    }

    /** {@code UserID}, or the legacy {@code Identifier}; null when absent or not a string. */
    static String userIdField(JsonNode node) {
        JsonNode id = node.has("UserID") ? node.get("UserID") : node.get("Identifier");
        return id != null && id.isTextual() ? id.asText() : null;
    }

    /** Optional string field; null when absent; throws for a non-string. */
    static String optionalText(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new IllegalArgumentException(field + " must be a string");
        }
        return value.asText();
    }

    /**
     * The elements of an array field.
     *
     * @return the elements, or null when the field is missing or not an array
     */
    static List<JsonNode> array(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || !value.isArray()) {
            return null;
        }
        List<JsonNode> items = new ArrayList<>();
        value.forEach(items::add);
        return items;
    }

    static ObjectNode batchTooLarge() {
        return TencentReply.fail(ErrorCode.INVALID_BATCH_COUNT, "At most " + MAX_BATCH + " accounts per request");
    }
}
