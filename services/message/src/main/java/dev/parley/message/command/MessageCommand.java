package dev.parley.message.command;

import java.util.Optional;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.parley.model.error.ErrorCode;
import dev.parley.platform.apps.AppDirectory;
import dev.parley.platform.apps.AppInfo;
import dev.parley.platform.tencent.CommandRequest;
import dev.parley.platform.tencent.TencentCommand;
import dev.parley.platform.tencent.TencentReply;

/** Base of the message commands: resolves the app and turns {@link Refused} into its Tencent code. */
abstract class MessageCommand implements TencentCommand {
    private final AppDirectory apps;

    MessageCommand(AppDirectory apps) {
        this.apps = apps;
    }

    @Override
    public final ObjectNode handle(CommandRequest request) {
        Optional<AppInfo> app = apps.find(request.appId());
        if (app.isEmpty()) {
            return TencentReply.fail(ErrorCode.SDKAPPID_INVALID);
        }
        try {
            return handle(app.get(), request);
        } catch (Refused e) {
            return TencentReply.fail(e.code(), e.getMessage());
        }
    }

    /** The command proper. */
    abstract ObjectNode handle(AppInfo app, CommandRequest request);
}
