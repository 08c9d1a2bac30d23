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
 * {@code openim/importmsg}: one historical one-to-one message. It takes the next sequence of the conversation with
 * the given {@code MsgTimeStamp}; no guard and no callbacks apply. {@code SyncFromOldSystem} 2 is a history import
 * (no unread, no push), 1 and 5 a real-time import. The same sender, MsgRandom and MsgSeq again is ignored: the
 * retry record answers it.
 */
@Singleton
public class ImportMsgCommand extends MessageCommand {
    private final AccountDirectory accounts;
    private final Submitter submitter;

    ImportMsgCommand(AppDirectory apps, AccountDirectory accounts, Submitter submitter) {
        super(apps);
        this.accounts = accounts;
        this.submitter = submitter;
    }

    @Override
    public String service() {
        return "openim";
    }

    @Override
    public String command() {
        return "importmsg";
    }

    @Override
    ObjectNode handle(AppInfo app, CommandRequest request) {
        JsonNode body = request.body();
        long sync = MessageFields.uint32(body, "SyncFromOldSystem", 90001);
        if (sync != 1 && sync != 2 && sync != 5) {
            throw new Refused(90001, "SyncFromOldSystem must be 1, 2 or 5");
        }
        String from = MessageFields.userId(body, "From_Account", 90008);
        String to = MessageFields.userId(body, "To_Account", 90003);
        long msgSeq = MessageFields.uint32(body, "MsgSeq", 90001);
        long random = MessageFields.uint32(body, "MsgRandom", 90005);
        long msgTime = MessageFields.uint32(body, "MsgTimeStamp", 90006);
        if (msgTime == 0 || msgTime > System.currentTimeMillis() / 1000 + 60) {
            throw new Refused(90006, "MsgTimeStamp must be a past Unix time in seconds");
        }
        String cloud = MessageFields.optionalText(body, "CloudCustomData", 90001);
        String msgBody = MessageFields.msgBody(body, cloud, MsgScope.C2C);
        if (!accounts.missing(app, List.of(from)).isEmpty()) {
            throw new Refused(90008, "From_Account does not exist");
        }
        if (!accounts.missing(app, List.of(to)).isEmpty()) {
            throw new Refused(20003, "To_Account is not an imported account");
        }
        SendOptions options = MessageFields.c2cOptions(body, 90001, sync == 2 ? 2 : 1);
        MessageSubmitted submission = Submissions.c2c(
                app,
                submitter.replicaId(),
                to,
                msgSeq,
                new Submissions.Draft(
                        from, random, msgTime, msgBody, cloud, null, "Normal", false, List.of(), options));
        ObjectNode answer = submitter
                .submit(submission, request.requestId())
                .orElseGet(() -> TencentReply.fail(90994, "Timed out, please retry with the same MsgRandom"));
        return answer.path("ErrorCode").asInt() == 0 ? TencentReply.ok() : answer;
    }
}
