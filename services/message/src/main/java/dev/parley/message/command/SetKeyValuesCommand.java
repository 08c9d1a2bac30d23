package dev.parley.message.command;

import java.util.List;
import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.parley.message.extension.ExtensionItem;
import dev.parley.message.extension.MessageExtensionService;
import dev.parley.message.extension.MessageExtensionService.Target;
import dev.parley.message.extension.OperateType;
import dev.parley.platform.apps.AppDirectory;
import dev.parley.platform.apps.AppInfo;
import dev.parley.platform.tencent.CommandRequest;

/**
 * {@code openim_msg_ext_http_svc/set_key_values}: sets (1), deletes (2) or clears (3) a one-to-one message's
 * extensions. Each item carries the Seq its caller last saw; a stale Seq answers that item 23001 with the current
 * value, a missing key to delete 23004; the other items of the call still apply. A recalled message is refused as
 * one that does not exist (20022).
 */
@Singleton
public class SetKeyValuesCommand extends MessageCommand {
    private final MessageExtensionService extensions;

    SetKeyValuesCommand(AppDirectory apps, MessageExtensionService extensions) {
        super(apps);
        this.extensions = extensions;
    }

    @Override
    public String service() {
        return "openim_msg_ext_http_svc";
    }

    @Override
    public String command() {
        return "set_key_values";
    }

    @Override
    ObjectNode handle(AppInfo app, CommandRequest request) {
        JsonNode body = request.body();
        ExtensionRequests.requireEdition(app);
        OperateType type = ExtensionRequests.operateType(body, ExtensionRequests.C2C);
        List<ExtensionItem> items = ExtensionRequests.items(body, type, ExtensionRequests.C2C);
        Target target = GetKeyValuesCommand.c2cTarget(extensions, app, request);
        return ExtensionRequests.setReply(
                extensions.set(target, type, items, request.identifier(), request.requestId()), ExtensionRequests.C2C);
    }
}
