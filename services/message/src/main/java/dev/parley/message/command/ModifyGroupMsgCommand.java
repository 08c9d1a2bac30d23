package dev.parley.message.command;

import java.time.Instant;
import java.util.Optional;
import java.util.function.UnaryOperator;
import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.parley.message.guard.GroupView;
import dev.parley.message.pipeline.Conversations;
import dev.parley.message.store.MessageEdits;
import dev.parley.model.group.GroupType;
import dev.parley.model.message.MsgScope;
import dev.parley.model.message.events.MessageModified;
import dev.parley.platform.apps.AppDirectory;
import dev.parley.platform.apps.AppInfo;
import dev.parley.platform.tencent.CommandRequest;
import dev.parley.platform.tencent.TencentReply;

/**
 * {@code group_open_http_svc/modify_group_msg}: replaces the {@code MsgBody} and/or {@code CloudCustomData} of a
 * stored group message ({@code GroupId} + {@code MsgSeq}). Concurrent edits all apply one after another, each
 * publishing {@code MessageModified} with the next version. 10010 unknown group, 10007 live rooms (no history),
 * 10030 no such message, 10032 the message was recalled (Parley's choice, as in {@code group_msg_recall}); body
 * defects answer the {@code send_group_msg} codes. Kafka not acknowledging the fact answers 10002 with the edit
 * stored and its fact pending in the row's outbox, as in {@link ModifyC2cMsgCommand}.
 */
@Singleton
public class ModifyGroupMsgCommand extends MessageCommand {
    private final GroupView groups;
    private final MessageEdits edits;
    private final MutationPublisher publisher;

    ModifyGroupMsgCommand(AppDirectory apps, GroupView groups, MessageEdits edits, MutationPublisher publisher) {
        super(apps);
        this.groups = groups;
        this.edits = edits;
        this.publisher = publisher;
    }

    @Override
    public String service() {
        return "group_open_http_svc";
    }

    @Override
    public String command() {
        return "modify_group_msg";
    }

    @Override
    ObjectNode handle(AppInfo app, CommandRequest request) {
        JsonNode body = request.body();
        String groupId = MessageFields.groupId(body);
        long seq = MessageFields.uint32(body, "MsgSeq", 10004);
        UnaryOperator<MessageEdits.Content> change = MutationFields.change(body, MsgScope.GROUP, 10004);
        MutationFields.refuseTopic(body);
        Optional<GroupView.Group> group = groups.group(app.appId(), groupId);
        if (group.isEmpty()) {
            throw new Refused(10010, "Group does not exist or has been disbanded");
        }
        if (group.get().type() == GroupType.AVCHATROOM) {
            throw new Refused(10007, "AVChatRoom groups keep no message history");
        }
        String conversation = Conversations.group(groupId);
        long now = Instant.now().getEpochSecond();
        MessageEdits.Result result = seq == 0
                ? new MessageEdits.Result(MessageEdits.Status.NOT_FOUND, null)
                : edits.edit(
                        new MessageEdits.Target(app.appId(), conversation, seq),
                        change,
                        now,
                        edited -> publisher.encode(
                                request,
                                conversation,
                                new MessageModified(
                                        app.appId(),
                                        conversation,
                                        "GROUP",
                                        seq,
                                        edited.msgKey(),
                                        edited.fromAccount(),
                                        null,
                                        groupId,
                                        edited.content().body(),
                                        edited.content().cloudCustomData(),
                                        edited.version(),
                                        now)));
        if (result.status() == MessageEdits.Status.NOT_FOUND) {
            throw new Refused(10030, "The message does not exist");
        }
        if (result.status() == MessageEdits.Status.RECALLED) {
            throw new Refused(10032, "The message was recalled");
        }
        return TencentReply.ok();
    }
}
