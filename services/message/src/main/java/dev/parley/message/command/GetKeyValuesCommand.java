package dev.parley.message.command;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.parley.message.extension.MessageExtensionService;
import dev.parley.message.extension.MessageExtensionService.Target;
import dev.parley.message.store.MessageLocator;
import dev.parley.platform.apps.AppDirectory;
import dev.parley.platform.apps.AppInfo;
import dev.parley.platform.tencent.CommandRequest;

/**
 * {@code openim_msg_ext_http_svc/get_key_values}: a page (≤ 200) of a one-to-one message's extensions with
 * {@code Seq >= StartSeq}, by Seq, with {@code CompleteFlag}, {@code LatestSeq} and {@code ClearSeq}. The message is
 * named by its original sender {@code From_Account} (default: the calling administrator), {@code To_Account} and
 * {@code MsgKey}. A recalled message is answered as one that does not exist (20022).
 */
@Singleton
public class GetKeyValuesCommand extends MessageCommand {
    private final MessageExtensionService extensions;

    GetKeyValuesCommand(AppDirectory apps, MessageExtensionService extensions) {
        super(apps);
        this.extensions = extensions;
    }

    @Override
    public String service() {
        return "openim_msg_ext_http_svc";
    }

    @Override
    public String command() {
        return "get_key_values";
    }

    @Override
    ObjectNode handle(AppInfo app, CommandRequest request) {
        JsonNode body = request.body();
        ExtensionRequests.requireEdition(app);
        long start = ExtensionRequests.startSeq(body, ExtensionRequests.C2C);
        Target target = c2cTarget(extensions, app, request);
        return ExtensionRequests.page(extensions.page(target, start));
    }

    /** The one-to-one message a request names: From_Account (default the caller), To_Account, MsgKey. */
    static Target c2cTarget(MessageExtensionService extensions, AppInfo app, CommandRequest request) {
        JsonNode body = request.body();
        String from = MessageFields.optionalUserId(body, "From_Account", 90008);
        if (from == null) {
            from = request.identifier();
        }
        String to = MessageFields.userId(body, "To_Account", 90003);
        String msgKey = MessageFields.optionalText(body, "MsgKey", 90054);
        if (!MessageLocator.wellFormed(msgKey)) {
            throw new Refused(90054, "MsgKey is required: <MsgSeq>_<MsgRandom>_<MsgTime>");
        }
        return ExtensionRequests.require(extensions.c2c(app.appId(), from, to, msgKey), ExtensionRequests.C2C);
    }
}
