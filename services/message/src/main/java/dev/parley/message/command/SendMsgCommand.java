package dev.parley.message.command;

import java.util.List;
import java.util.Set;
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
 * {@code openim/sendmsg}: a one-to-one message through the pipeline (ADR-0009). The door checks the fields and the
 * accounts, then the sequencer guards, sequences, stores and publishes it and answers {@code MsgTime} and
 * {@code MsgKey}. A retry with the same sender and MsgRandom (and MsgSeq) gets the original answer.
 */
@Singleton
public class SendMsgCommand extends MessageCommand {
    private final AccountDirectory accounts;
    private final Submitter submitter;

    SendMsgCommand(AppDirectory apps, AccountDirectory accounts, Submitter submitter) {
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
        return "sendmsg";
    }

    @Override
    ObjectNode handle(AppInfo app, CommandRequest request) {
        JsonNode body = request.body();
        String from = MessageFields.optionalUserId(body, "From_Account", 90008);
        if (from == null) {
            from = request.identifier();
        }
        String to = MessageFields.userId(body, "To_Account", 90003);
        long random = MessageFields.uint32(body, "MsgRandom", 90005);
        Long clientSeq = MessageFields.optionalUint32(body, "MsgSeq", 90001);
        Long msgTime = MessageFields.optionalUint32(body, "MsgTimeStamp", 90006);
        Long lifeTime = MessageFields.optionalUint32(body, "MsgLifeTime", 90044);
        if (lifeTime != null && lifeTime > 604_800) {
            throw new Refused(90026, "MsgLifeTime is at most 604800 seconds");
        }
        Long onlineOnly = MessageFields.optionalUint32(body, "OnlineOnlyFlag", 90001);
        String cloud = MessageFields.optionalText(body, "CloudCustomData", 90001);
        String msgBody = MessageFields.msgBody(body, cloud, MsgScope.C2C);
        List<String> control = MessageFields.strings(body, "SendMsgControl", 90001);
        SendOptions options = MessageFields.c2cOptions(body, 90001, 0);
        JsonNode push = body.get("OfflinePushInfo");
        Set<String> unknown = accounts.missing(app, List.of(from, to));
        if (unknown.contains(from)) {
            throw new Refused(90008, "From_Account does not exist");
        }
        if (unknown.contains(to)) {
            throw new Refused(20003, "To_Account is not an imported account");
        }
        MessageSubmitted submission = Submissions.c2c(
                app,
                submitter.replicaId(),
                to,
                clientSeq != null ? clientSeq : derivedSeq(from, to, random),
                new Submissions.Draft(
                        from,
                        random,
                        msgTime == null ? 0 : msgTime,
                        msgBody,
                        cloud,
                        push,
                        "Normal",
                        onlineOnly != null && onlineOnly == 1,
                        control,
                        options));
        return submitter
                .submit(submission, request.requestId())
                .orElseGet(() -> TencentReply.fail(90994, "Timed out, please retry with the same MsgRandom"));
    }

    /**
     * Tencent picks a random MsgSeq when the caller gives none; Parley derives it from sender, receiver and
     * MsgRandom, so a retry of the same message gets the same MsgSeq and is recognised as a retry.
     */
    static long derivedSeq(String from, String to, long random) {
        long h = 1125899906842597L;
        for (char c : (from + "\u0000" + to + "\u0000" + random).toCharArray()) {
            h = 31 * h + c;
        }
        return h & 0xFFFFFFFFL;
    }
}
