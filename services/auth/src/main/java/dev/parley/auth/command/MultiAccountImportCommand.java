package dev.parley.auth.command;

import java.util.ArrayList;
import java.util.List;
import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.parley.auth.app.AccountService;
import dev.parley.platform.apps.AppDirectory;
import dev.parley.platform.apps.AppInfo;
import dev.parley.platform.tencent.CommandRequest;
import dev.parley.platform.tencent.TencentReply;

/**
 * {@code multiaccount_import}: up to 100 accounts, as {@code Accounts: [UserID]} (legacy) or
 * {@code AccountList: [{UserID, Nick, FaceUrl}]}. Accounts that could not be imported are listed in
 * {@code FailAccounts}; existing accounts are not failures.
 */
@Singleton
public class MultiAccountImportCommand extends LoginCommand {
    private final AccountService accounts;

    MultiAccountImportCommand(AppDirectory apps, AccountService accounts) {
        super(apps);
        this.accounts = accounts;
    }

    private static String textOrNull(JsonNode item, String field) {
        JsonNode value = item.isObject() ? item.get(field) : null;
        return value != null && value.isTextual() ? value.asText() : null;
    }

    @Override
    public String command() {
        return "multiaccount_import";
    }

    @Override
    ObjectNode handle(AppInfo app, CommandRequest request) {
        List<JsonNode> list = array(request.body(), "AccountList");
        boolean legacy = list == null;
        if (legacy) {
            list = array(request.body(), "Accounts");
        }
        if (list == null || list.isEmpty()) {
            return invalid("Accounts or AccountList is required");
        }
        if (list.size() > MAX_BATCH) {
            return batchTooLarge();
        }
        ObjectNode reply = TencentReply.ok();
        ArrayNode failed = reply.putArray("FailAccounts");
        List<AccountService.NewAccount> valid = new ArrayList<>();
        for (JsonNode item : list) {
            String userId = legacy ? (item.isTextual() ? item.asText() : null) : userIdField(item);
            String nick = legacy ? null : textOrNull(item, "Nick");
            String faceUrl = legacy ? null : textOrNull(item, "FaceUrl");
            if (AccountService.validUserId(userId)
                    && !AccountImportCommand.tooLong(nick)
                    && !AccountImportCommand.tooLong(faceUrl)) {
                valid.add(new AccountService.NewAccount(userId, nick, faceUrl));
            } else {
                failed.add(userId == null ? item.toString() : userId);
            }
        }
        accounts.importAccounts(app, request.identifier(), valid).forEach(failed::add);
        return reply;
    }
}
