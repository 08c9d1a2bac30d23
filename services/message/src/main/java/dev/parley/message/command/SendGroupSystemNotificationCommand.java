package dev.parley.message.command;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.parley.message.guard.GroupView;
import dev.parley.message.pipeline.Submitter;
import dev.parley.model.error.ErrorCode;
import dev.parley.model.group.GroupType;
import dev.parley.model.message.events.MessageSubmitted;
import dev.parley.model.message.events.SendOptions;
import dev.parley.platform.apps.AppDirectory;
import dev.parley.platform.apps.AppInfo;
import dev.parley.platform.tencent.CommandRequest;
import dev.parley.platform.tencent.TencentReply;

/**
 * {@code group_open_http_svc/send_group_system_notification}: a text notice to some (≤ 500) or all members,
 * delivered online only: it takes no sequence and is not kept in history. It travels as a committed message with
 * {@link SendOptions#system()} set, {@code MsgBody} = the {@code Content} as a JSON string and
 * {@link SendOptions#toMembers()} = the addressees (empty = all; always all in an AVChatRoom).
 */
@Singleton
public class SendGroupSystemNotificationCommand extends MessageCommand {
    static final int MAX_MEMBERS = 500;

    private final GroupView groups;
    private final Submitter submitter;

    SendGroupSystemNotificationCommand(AppDirectory apps, GroupView groups, Submitter submitter) {
        super(apps);
        this.groups = groups;
        this.submitter = submitter;
    }

    @Override
    public String service() {
        return "group_open_http_svc";
    }

    @Override
    public String command() {
        return "send_group_system_notification";
    }

    @Override
    ObjectNode handle(AppInfo app, CommandRequest request) {
        JsonNode body = request.body();
        String groupId = MessageFields.groupId(body);
        String content = MessageFields.optionalText(body, "Content", 10004);
        if (content == null || content.isEmpty()) {
            throw new Refused(10004, "Content is required");
        }
        List<String> members = MessageFields.strings(body, "ToMembers_Account", 10004);
        if (members.size() > MAX_MEMBERS) {
            throw new Refused(10004, "ToMembers_Account lists at most 500 members");
        }
        for (String member : members) {
            if (!MessageFields.validUserId(member)) {
                throw new Refused(10004, "ToMembers_Account must list UserIDs");
            }
        }
        Optional<GroupView.Group> group = groups.group(app.appId(), groupId);
        if (group.isEmpty()) {
            throw new Refused(ErrorCode.GROUP_NOT_FOUND.code(), ErrorCode.GROUP_NOT_FOUND.info());
        }
        List<String> to = group.get().type() == GroupType.AVCHATROOM ? List.of() : members;
        MessageSubmitted submission = Submissions.group(
                app,
                submitter.replicaId(),
                groupId,
                new Submissions.Draft(
                        request.identifier(),
                        Integer.toUnsignedLong(UUID.randomUUID().hashCode()),
                        0,
                        JsonNodeFactory.instance.textNode(content).toString(),
                        "",
                        null,
                        "High",
                        true,
                        List.of("NoUnread", "NoLastMsg"),
                        new SendOptions(false, false, List.of(), false, List.of(), to, 0, true)));
        ObjectNode answer = submitter
                .submit(submission, request.requestId())
                .orElseGet(() -> TencentReply.fail(10002, "Timed out, please retry"));
        return answer.path("ErrorCode").asInt() == 0 ? TencentReply.ok() : answer;
    }
}
