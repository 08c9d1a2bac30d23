package dev.parley.message.command;

import java.util.List;
import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.parley.message.extension.ExtensionItem;
import dev.parley.message.extension.MessageExtensionService;
import dev.parley.message.extension.MessageExtensionService.Target;
import dev.parley.message.extension.OperateType;
import dev.parley.message.guard.GroupView;
import dev.parley.platform.apps.AppDirectory;
import dev.parley.platform.apps.AppInfo;
import dev.parley.platform.tencent.CommandRequest;

/**
 * {@code openim_msg_ext_http_svc/group_set_key_values}: sets, deletes or clears a group message's extensions, the
 * message named by {@code GroupId} and {@code MsgSeq}; as {@link SetKeyValuesCommand} otherwise (a recalled message:
 * 10030, as one that does not exist).
 */
@Singleton
public class GroupSetKeyValuesCommand extends MessageCommand {
    private final MessageExtensionService extensions;
    private final GroupView groups;

    GroupSetKeyValuesCommand(AppDirectory apps, MessageExtensionService extensions, GroupView groups) {
        super(apps);
        this.extensions = extensions;
        this.groups = groups;
    }

    @Override
    public String service() {
        return "openim_msg_ext_http_svc";
    }

    @Override
    public String command() {
        return "group_set_key_values";
    }

    @Override
    ObjectNode handle(AppInfo app, CommandRequest request) {
        JsonNode body = request.body();
        ExtensionRequests.requireEdition(app);
        OperateType type = ExtensionRequests.operateType(body, ExtensionRequests.GROUP);
        List<ExtensionItem> items = ExtensionRequests.items(body, type, ExtensionRequests.GROUP);
        Target target = GroupGetKeyValuesCommand.groupTarget(extensions, groups, app, body);
        return ExtensionRequests.setReply(
                extensions.set(target, type, items, request.identifier(), request.requestId()),
                ExtensionRequests.GROUP);
    }
}
