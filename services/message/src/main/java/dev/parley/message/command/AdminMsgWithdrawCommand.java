package dev.parley.message.command;

import java.time.Instant;
import java.util.Optional;
import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.parley.message.store.MessageEdits;
import dev.parley.message.store.MessageLocator;
import dev.parley.model.message.events.MessageRecalled;
import dev.parley.platform.apps.AppDirectory;
import dev.parley.platform.apps.AppInfo;
import dev.parley.platform.tencent.CommandRequest;
import dev.parley.platform.tencent.TencentReply;

/**
 * {@code openim/admin_msgwithdraw}: recalls a one-to-one message for both sides, with no time limit. The message
 * keeps its place in history with an empty body ({@code MsgFlagBits} 8). {@code From_Account} is the original
 * sender, {@code To_Account} the receiver. 90054 malformed {@code MsgKey}, 20022 no such message, 20023 already
 * recalled. Publishes {@code MessageRecalled} through the message row's outbox ({@link MessageEdits}): when Kafka
 * does not acknowledge it the answer is 20005 with the recall stored and its fact pending, and a retry publishes that
 * fact and answers 0 (20023 only once the fact is out).
 */
@Singleton
public class AdminMsgWithdrawCommand extends MessageCommand {
    private final MessageLocator locator;
    private final MessageEdits edits;
    private final MutationPublisher publisher;

    AdminMsgWithdrawCommand(
            AppDirectory apps, MessageLocator locator, MessageEdits edits, MutationPublisher publisher) {
        super(apps);
        this.locator = locator;
        this.edits = edits;
        this.publisher = publisher;
    }

    @Override
    public String service() {
        return "openim";
    }

    @Override
    public String command() {
        return "admin_msgwithdraw";
    }

    @Override
    ObjectNode handle(AppInfo app, CommandRequest request) {
        JsonNode body = request.body();
        String from = MessageFields.userId(body, "From_Account", 90008);
        String to = MessageFields.userId(body, "To_Account", 90003);
        String msgKey = MessageFields.optionalText(body, "MsgKey", 90054);
        if (!MessageLocator.wellFormed(msgKey)) {
            throw new Refused(90054, "MsgKey must be <MsgSeq>_<MsgRandom>_<MsgTime>");
        }
        Optional<MessageLocator.Located> located = locator.c2c(app.appId(), from, to, msgKey);
        if (located.isEmpty()) {
            throw new Refused(20022, "The message to recall does not exist");
        }
        String conversation = located.get().conversationId();
        long now = Instant.now().getEpochSecond();
        MessageEdits.Result result = edits.recall(
                new MessageEdits.Target(app.appId(), conversation, located.get().seq()),
                now,
                recalled -> publisher.encode(
                        request,
                        conversation,
                        new MessageRecalled(
                                app.appId(),
                                conversation,
                                "C2C",
                                located.get().seq(),
                                recalled.msgKey(),
                                recalled.fromAccount(),
                                recalled.toAccount(),
                                null,
                                request.identifier(),
                                "",
                                now)));
        if (result.status() == MessageEdits.Status.NOT_FOUND) {
            throw new Refused(20022, "The message to recall does not exist");
        }
        if (result.status() == MessageEdits.Status.RECALLED) {
            throw new Refused(20023, "The message was already recalled");
        }
        return TencentReply.ok();
    }
}
