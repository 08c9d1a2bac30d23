package dev.parley.message.command;

import java.util.Optional;
import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.parley.message.extension.MessageExtensionService;
import dev.parley.message.extension.MessageExtensionService.Target;
import dev.parley.message.guard.GroupView;
import dev.parley.model.group.GroupType;
import dev.parley.platform.apps.AppDirectory;
import dev.parley.platform.apps.AppInfo;
import dev.parley.platform.tencent.CommandRequest;

/**
 * {@code openim_msg_ext_http_svc/group_get_key_values}: a page (≤ 200) of a group message's extensions, the message
 * named by {@code GroupId} and {@code MsgSeq}; as {@link GetKeyValuesCommand} otherwise. Live rooms store no
 * messages (10007); a recalled message is answered as one that does not exist (10030).
 */
@Singleton
public class GroupGetKeyValuesCommand extends MessageCommand {
    private final MessageExtensionService extensions;
    private final GroupView groups;

    GroupGetKeyValuesCommand(AppDirectory apps, MessageExtensionService extensions, GroupView groups) {
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
        return "group_get_key_values";
    }

    @Override
    ObjectNode handle(AppInfo app, CommandRequest request) {
        JsonNode body = request.body();
        ExtensionRequests.requireEdition(app);
        long start = ExtensionRequests.startSeq(body, ExtensionRequests.GROUP);
        Target target = groupTarget(extensions, groups, app, body);
        return ExtensionRequests.page(extensions.page(target, start));
    }

    /** The group message a request names: GroupId and MsgSeq. */
    static Target groupTarget(MessageExtensionService extensions, GroupView groups, AppInfo app, JsonNode body) {
        String groupId = MessageFields.groupId(body);
        long msgSeq = MessageFields.uint32(body, "MsgSeq", ExtensionRequests.GROUP.field());
        Optional<GroupView.Group> group = groups.group(app.appId(), groupId);
        if (group.isEmpty()) {
            throw new Refused(10010, "Group does not exist or has been disbanded");
        }
        if (group.get().type() == GroupType.AVCHATROOM) {
            throw new Refused(10007, "AVChatRoom messages are not stored and take no extensions");
        }
        return ExtensionRequests.require(extensions.group(app.appId(), groupId, msgSeq), ExtensionRequests.GROUP);
    }
}
