package dev.parley.auth.command;

import java.util.List;
import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.parley.auth.app.AccountService;
import dev.parley.model.app.Edition;
import dev.parley.model.error.ErrorCode;
import dev.parley.platform.apps.AppDirectory;
import dev.parley.platform.apps.AppInfo;
import dev.parley.platform.tencent.CommandRequest;
import dev.parley.platform.tencent.TencentReply;

/**
 * {@code account_delete}: up to 100 accounts. As in Tencent IM, only trial apps may delete accounts; other
 * editions answer 60017 and should use {@code kick} instead (docs/compat.md). Each item reports its own
 * {@code ResultCode}: 0, or 70107 for an account that does not exist, or 70402 for an invalid UserID.
 */
@Singleton
public class AccountDeleteCommand extends LoginCommand {
    private final AccountService accounts;

    AccountDeleteCommand(AppDirectory apps, AccountService accounts) {
        super(apps);
        this.accounts = accounts;
    }

    @Override
    public String command() {
        return "account_delete";
    }

    @Override
    ObjectNode handle(AppInfo app, CommandRequest request) {
        List<JsonNode> items = array(request.body(), "DeleteItem");
        if (items == null || items.isEmpty()) {
            return invalid("DeleteItem is required");
        }
        if (items.size() > MAX_BATCH) {
            return batchTooLarge();
        }
        if (app.edition() != Edition.TRIAL) {
            return TencentReply.fail(
                    ErrorCode.REQUEST_DISABLED, "Only trial apps may delete accounts; use kick to end a login");
        }
        ObjectNode reply = TencentReply.ok();
        ArrayNode results = reply.putArray("ResultItem");
        for (JsonNode item : items) {
            String userId = userIdField(item);
            ErrorCode code;
            if (!AccountService.validUserId(userId)) {
                code = ErrorCode.ACCOUNT_INVALID_PARAMETER;
            } else if (accounts.delete(app, request.identifier(), userId)) {
                code = ErrorCode.SUCCESS;
            } else {
                code = ErrorCode.ACCOUNT_NOT_FOUND;
            }
            results.addObject()
                    .put("ResultCode", code.code())
                    .put("ResultInfo", code == ErrorCode.SUCCESS ? "" : code.info())
                    .put("UserID", userId == null ? "" : userId);
        }
        return reply;
    }
}
