package dev.parley.message.command;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
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
 * {@code openim/batchsendmsg}: one message to up to 500 receivers. Each receiver's copy goes through its own
 * conversation in the pipeline, all at once; they share MsgSeq, MsgRandom and MsgTime, so the batch has one
 * {@code MsgKey}. Receivers that failed are listed in {@code ErrorList}; the call itself succeeds. No callbacks fire
 * for batch sends, and {@code MsgTimeStamp} / {@code OnlineOnlyFlag} are not part of the command.
 */
@Singleton
public class BatchSendMsgCommand extends MessageCommand {
    static final int MAX_RECEIVERS = 500;

    private final AccountDirectory accounts;
    private final Submitter submitter;

    BatchSendMsgCommand(AppDirectory apps, AccountDirectory accounts, Submitter submitter) {
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
        return "batchsendmsg";
    }

    @Override
    ObjectNode handle(AppInfo app, CommandRequest request) {
        JsonNode body = request.body();
        String from = MessageFields.optionalUserId(body, "From_Account", 90008);
        if (from == null) {
            from = request.identifier();
        }
        JsonNode toField = body.get("To_Account");
        if (toField == null || !toField.isArray() || toField.isEmpty()) {
            throw new Refused(90003, "To_Account must be a non-empty array of UserIDs");
        }
        if (toField.size() > MAX_RECEIVERS) {
            throw new Refused(90011, "To_Account lists at most 500 receivers");
        }
        Set<String> receivers = new LinkedHashSet<>();
        for (JsonNode item : toField) {
            if (!item.isTextual() || !MessageFields.validUserId(item.asText())) {
                throw new Refused(90003, "To_Account must be an array of UserIDs");
            }
            receivers.add(item.asText());
        }
        long random = MessageFields.uint32(body, "MsgRandom", 90005);
        Long clientSeq = MessageFields.optionalUint32(body, "MsgSeq", 90001);
        long msgSeq = clientSeq != null ? clientSeq : SendMsgCommand.derivedSeq(from, "", random);
        String cloud = MessageFields.optionalText(body, "CloudCustomData", 90001);
        String msgBody = MessageFields.msgBody(body, cloud, MsgScope.C2C);
        List<String> control = MessageFields.strings(body, "SendMsgControl", 90001);
        SendOptions given = MessageFields.c2cOptions(body, 90001, 0);
        SendOptions options = new SendOptions(
                given.supportExtension(),
                given.needReadReceipt(),
                List.of("ForbidBeforeSendMsgCallback", "ForbidAfterSendMsgCallback"),
                false,
                List.of(),
                List.of(),
                0,
                false);
        JsonNode push = body.get("OfflinePushInfo");
        if (!accounts.missing(app, List.of(from)).isEmpty()) {
            throw new Refused(90008, "From_Account does not exist");
        }
        Set<String> unknown = accounts.missing(app, receivers);
        long msgTime = Instant.now().getEpochSecond();
        List<String> sentTo = new ArrayList<>();
        List<CompletableFuture<Optional<ObjectNode>>> answers = new ArrayList<>();
        for (String to : receivers) {
            if (unknown.contains(to)) {
                continue;
            }
            MessageSubmitted submission = Submissions.c2c(
                    app,
                    submitter.replicaId(),
                    to,
                    msgSeq,
                    new Submissions.Draft(
                            from, random, msgTime, msgBody, cloud, push, "Normal", false, control, options));
            sentTo.add(to);
            answers.add(submitter.submitAsync(submission, request.requestId()));
        }
        ObjectNode reply = TencentReply.ok();
        reply.put("MsgKey", msgSeq + "_" + random + "_" + msgTime);
        ArrayNode errors = reply.putArray("ErrorList");
        for (String to : receivers) {
            if (unknown.contains(to)) {
                errors.addObject().put("To_Account", to).put("ErrorCode", 70107);
            }
        }
        for (int i = 0; i < sentTo.size(); i++) {
            Optional<ObjectNode> answer = answers.get(i).join();
            int code = answer.map(a -> a.path("ErrorCode").asInt()).orElse(90994);
            if (code != 0) {
                errors.addObject().put("To_Account", sentTo.get(i)).put("ErrorCode", code);
            }
        }
        return reply;
    }
}
