package dev.parley.auth.command;

import java.nio.charset.StandardCharsets;
import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.parley.auth.app.AccountService;
import dev.parley.model.error.ErrorCode;
import dev.parley.platform.apps.AppDirectory;
import dev.parley.platform.apps.AppInfo;
import dev.parley.platform.tencent.CommandRequest;
import dev.parley.platform.tencent.TencentReply;

/** {@code account_import}: imports one account (idempotent; re-import updates Nick and FaceUrl). */
@Singleton
public class AccountImportCommand extends LoginCommand {
    static final int MAX_FIELD_BYTES = 500;

    private final AccountService accounts;

    AccountImportCommand(AppDirectory apps, AccountService accounts) {
        super(apps);
        this.accounts = accounts;
    }

    @Override
    public String command() {
        return "account_import";
    }

    @Override
    ObjectNode handle(AppInfo app, CommandRequest request) {
        String userId = userIdField(request.body());
        if (!AccountService.validUserId(userId)) {
            return invalid("UserID is required: 1 to 32 bytes of printable ASCII");
        }
        String nick;
        String faceUrl;
        try {
            nick = optionalText(request.body(), "Nick");
            faceUrl = optionalText(request.body(), "FaceUrl");
        } catch (IllegalArgumentException e) {
            return invalid(e.getMessage());
        }
        if (tooLong(nick) || tooLong(faceUrl)) {
            return invalid("Nick and FaceUrl are limited to 500 bytes");
        }
        ErrorCode result = accounts.importAccount(app, request.identifier(), userId, nick, faceUrl);
        return result == ErrorCode.SUCCESS ? TencentReply.ok() : TencentReply.fail(result);
    }

    static boolean tooLong(String value) {
        return value != null && value.getBytes(StandardCharsets.UTF_8).length > MAX_FIELD_BYTES;
    }
}
