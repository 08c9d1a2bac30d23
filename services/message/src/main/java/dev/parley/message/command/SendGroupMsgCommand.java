package dev.parley.message.command;

import java.util.List;
import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.parley.message.pipeline.Submitter;
import dev.parley.model.message.MsgScope;
import dev.parley.model.message.events.MessageSubmitted;
import dev.parley.model.message.events.SendOptions;
import dev.parley.platform.accounts.AccountDirectory;
import dev.parley.platform.apps.AppDirectory;
import dev.parley.platform.apps.AppInfo;
import dev.parley.platform.tencent.CommandRequest;
import dev.parley.platform.tencent.TencentReply;

/**
 * {@code group_open_http_svc/send_group_msg}: a group message through the pipeline (ADR-0009). The App admin may
 * send into any group; {@code From_Account} impersonates a member, who must be allowed to speak. Answers
 * {@code MsgTime}, {@code MsgSeq} and {@code MsgDropReason} (non-empty when frequency control dropped it).
 */
@Singleton
public class SendGroupMsgCommand extends MessageCommand {
    private final AccountDirectory accounts;
    private final Submitter submitter;

    SendGroupMsgCommand(AppDirectory apps, AccountDirectory accounts, Submitter submitter) {
        super(apps);
        this.accounts = accounts;
        this.submitter = submitter;
    }

    @Override
    public String service() {
        return "group_open_http_svc";
    }

    @Override
    public String command() {
        return "send_group_msg";
    }

    @Override
    ObjectNode handle(AppInfo app, CommandRequest request) {
        JsonNode body = request.body();
        String groupId = MessageFields.groupId(body);
        String from = MessageFields.optionalUserId(body, "From_Account", 10004);
        if (from == null) {
            from = request.identifier();
        }
        long random = MessageFields.uint32(body, "Random", 10004);
        String priority = MessageFields.optionalText(body, "MsgPriority", 10004);
        if (priority == null || priority.isEmpty()) {
            priority = "Normal";
        }
        if (!List.of("High", "Normal", "Low", "Lowest").contains(priority)) {
            throw new Refused(10004, "MsgPriority must be High, Normal, Low or Lowest");
        }
        Long onlineOnly = MessageFields.optionalUint32(body, "OnlineOnlyFlag", 10004);
        String cloud = MessageFields.optionalText(body, "CloudCustomData", 10004);
        String msgBody = MessageFields.msgBody(body, cloud, MsgScope.GROUP);
        List<String> control = MessageFields.strings(body, "SendMsgControl", 10004);
        SendOptions options = MessageFields.groupOptions(body, 10004, 0);
        JsonNode push = body.get("OfflinePushInfo");
        if (!app.isAdmin(from) && !accounts.missing(app, List.of(from)).isEmpty()) {
            throw new Refused(10019, "From_Account does not exist");
        }
        MessageSubmitted submission = Submissions.group(
                app,
                submitter.replicaId(),
                groupId,
                new Submissions.Draft(
                        from,
                        random,
                        0,
                        msgBody,
                        cloud,
                        push,
                        priority,
                        onlineOnly != null && onlineOnly == 1,
                        control,
                        options));
        return submitter
                .submit(submission, request.requestId())
                .orElseGet(() -> TencentReply.fail(10002, "Timed out, please retry with the same Random"));
    }
}
