package dev.parley.auth.command;

import java.util.List;
import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.parley.auth.app.AccountService;
import dev.parley.model.error.ErrorCode;
import dev.parley.platform.apps.AppDirectory;
import dev.parley.platform.apps.AppInfo;
import dev.parley.platform.tencent.CommandRequest;
import dev.parley.platform.tencent.TencentReply;

/** {@code account_check}: for up to 100 UserIDs, {@code AccountStatus} {@code Imported} or {@code NotImported}. */
@Singleton
public class AccountCheckCommand extends LoginCommand {
    private final AccountService accounts;

    AccountCheckCommand(AppDirectory apps, AccountService accounts) {
        super(apps);
        this.accounts = accounts;
    }

    @Override
    public String command() {
        return "account_check";
    }

    @Override
    ObjectNode handle(AppInfo app, CommandRequest request) {
        List<JsonNode> items = array(request.body(), "CheckItem");
        if (items == null || items.isEmpty()) {
            return invalid("CheckItem is required");
        }
        if (items.size() > MAX_BATCH) {
            return batchTooLarge();
        }
        ObjectNode reply = TencentReply.ok();
        ArrayNode results = reply.putArray("ResultItem");
        for (JsonNode item : items) {
            String userId = userIdField(item);
            ObjectNode result = results.addObject().put("UserID", userId == null ? "" : userId);
            if (!AccountService.validUserId(userId)) {
                result.put("ResultCode", ErrorCode.ACCOUNT_INVALID_PARAMETER.code())
                        .put("ResultInfo", ErrorCode.ACCOUNT_INVALID_PARAMETER.info())
                        .put("AccountStatus", "NotImported");
            } else {
                result.put("ResultCode", 0)
                        .put("ResultInfo", "")
                        .put("AccountStatus", accounts.isImported(app.appId(), userId) ? "Imported" : "NotImported");
            }
        }
        return reply;
    }
}
