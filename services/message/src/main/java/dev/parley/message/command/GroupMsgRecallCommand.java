package dev.parley.message.command;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.parley.message.guard.GroupView;
import dev.parley.message.pipeline.Conversations;
import dev.parley.message.store.MessageEdits;
import dev.parley.message.store.MessageStore;
import dev.parley.model.group.GroupType;
import dev.parley.model.message.events.MessageRecalled;
import dev.parley.platform.apps.AppDirectory;
import dev.parley.platform.apps.AppInfo;
import dev.parley.platform.tencent.CommandRequest;
import dev.parley.platform.tencent.TencentReply;

/**
 * {@code group_open_http_svc/group_msg_recall}: recalls up to 10 group messages by {@code MsgSeq}, with no time
 * limit. Answers one {@code RecallRetList} item per requested sequence: {@code RetCode} 0 recalled, 10030 no such
 * message (never stored, expired, or above the group's head), 10032 already recalled (Parley's choice: §2.7 has no
 * "already recalled" group code). 10010 unknown group, 10033 live rooms (AVChatRoom keep no history). Publishes one
 * {@code MessageRecalled} per recalled message through the row's outbox ({@link MessageEdits}): when Kafka does not
 * acknowledge one, the whole call answers 10002 (the items before it are recalled and published, that one is recalled
 * with its fact pending); a retry answers 10032 for the published ones and 0 for the pending one, whose fact it
 * publishes.
 */
@Singleton
public class GroupMsgRecallCommand extends MessageCommand {
    private final GroupView groups;
    private final MessageStore store;
    private final MessageEdits edits;
    private final MutationPublisher publisher;

    GroupMsgRecallCommand(
            AppDirectory apps, GroupView groups, MessageStore store, MessageEdits edits, MutationPublisher publisher) {
        super(apps);
        this.groups = groups;
        this.store = store;
        this.edits = edits;
        this.publisher = publisher;
    }

    @Override
    public String service() {
        return "group_open_http_svc";
    }

    @Override
    public String command() {
        return "group_msg_recall";
    }

    @Override
    ObjectNode handle(AppInfo app, CommandRequest request) {
        JsonNode body = request.body();
        String groupId = MessageFields.groupId(body);
        List<Long> seqs = MutationFields.msgSeqList(body);
        String reason = MessageFields.optionalText(body, "Reason", 10004);
        MutationFields.refuseTopic(body);
        Optional<GroupView.Group> group = groups.group(app.appId(), groupId);
        if (group.isEmpty()) {
            throw new Refused(10010, "Group does not exist or has been disbanded");
        }
        if (group.get().type() == GroupType.AVCHATROOM) {
            throw new Refused(10033, "AVChatRoom groups do not support message recall");
        }
        String conversation = Conversations.group(groupId);
        long head = store.head(app.appId(), conversation);
        long now = Instant.now().getEpochSecond();
        ObjectNode reply = TencentReply.ok();
        ArrayNode results = reply.putArray("RecallRetList");
        for (long seq : seqs) {
            ObjectNode item = results.addObject();
            item.put("MsgSeq", seq);
            if (seq == 0 || seq > head) {
                item.put("RetCode", 10030);
                continue;
            }
            MessageEdits.Result result = edits.recall(
                    new MessageEdits.Target(app.appId(), conversation, seq),
                    now,
                    recalled -> publisher.encode(
                            request,
                            conversation,
                            new MessageRecalled(
                                    app.appId(),
                                    conversation,
                                    "GROUP",
                                    seq,
                                    recalled.msgKey(),
                                    recalled.fromAccount(),
                                    null,
                                    groupId,
                                    request.identifier(),
                                    reason == null ? "" : reason,
                                    now)));
            item.put("RetCode", retCode(result.status()));
        }
        return reply;
    }

    /** The {@code RetCode} of one recall. */
    static int retCode(MessageEdits.Status status) {
        return switch (status) {
            case APPLIED -> 0;
            case RECALLED -> 10032;
            case NOT_FOUND -> 10030;
        };
    }
}
