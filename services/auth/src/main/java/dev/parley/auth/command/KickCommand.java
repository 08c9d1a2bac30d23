package dev.parley.auth.command;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.parley.auth.app.AccountService;
import dev.parley.model.error.ErrorCode;
import dev.parley.platform.apps.AppDirectory;
import dev.parley.platform.apps.AppInfo;
import dev.parley.platform.tencent.CommandRequest;
import dev.parley.platform.tencent.TencentReply;

/**
 * {@code kick}: invalidates every login state of the user. UserSigs generated up to this second then fail with
 * 70052, and the gateway closes the user's connections; the user must log in again with a new UserSig.
 */
@Singleton
public class KickCommand extends LoginCommand {
    private final AccountService accounts;

    KickCommand(AppDirectory apps, AccountService accounts) {
        super(apps);
        this.accounts = accounts;
    }

    @Override
    public String command() {
        return "kick";
    }

    @Override
    ObjectNode handle(AppInfo app, CommandRequest request) {
        String userId = userIdField(request.body());
        if (!AccountService.validUserId(userId)) {
            return invalid("UserID is required: 1 to 32 bytes of printable ASCII");
        }
        if (!accounts.isImported(app.appId(), userId)) {
            return TencentReply.fail(ErrorCode.ACCOUNT_NOT_FOUND);
        }
        accounts.kick(app, request.identifier(), userId);
        return TencentReply.ok();
    }
}
