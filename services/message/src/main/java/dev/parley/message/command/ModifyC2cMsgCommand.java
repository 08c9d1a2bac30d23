package dev.parley.message.command;

import java.time.Instant;
import java.util.Optional;
import java.util.function.UnaryOperator;
import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.parley.message.store.MessageEdits;
import dev.parley.message.store.MessageLocator;
import dev.parley.model.message.MsgScope;
import dev.parley.model.message.events.MessageModified;
import dev.parley.platform.apps.AppDirectory;
import dev.parley.platform.apps.AppInfo;
import dev.parley.platform.tencent.CommandRequest;
import dev.parley.platform.tencent.TencentReply;

/**
 * {@code openim/modify_c2c_msg}: replaces the {@code MsgBody} and/or {@code CloudCustomData} of a stored one-to-one
 * message, for both sides. Concurrent edits of one message all apply, one after another ({@link MessageEdits}), and
 * each publishes {@code MessageModified} with the next version. 90054 malformed {@code MsgKey}, 20022 no such
 * message, 20023 the message was recalled; body defects answer the {@code sendmsg} codes. The fact goes through the
 * row's outbox: when Kafka does not acknowledge it the answer is 20005, the edit is stored and its fact pending, and
 * the next recall or edit of the message publishes it first (a retry then applies the same content once more, as the
 * next version).
 */
@Singleton
public class ModifyC2cMsgCommand extends MessageCommand {
    private final MessageLocator locator;
    private final MessageEdits edits;
    private final MutationPublisher publisher;

    ModifyC2cMsgCommand(AppDirectory apps, MessageLocator locator, MessageEdits edits, MutationPublisher publisher) {
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
        return "modify_c2c_msg";
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
        UnaryOperator<MessageEdits.Content> change = MutationFields.change(body, MsgScope.C2C, 90001);
        Optional<MessageLocator.Located> located = locator.c2c(app.appId(), from, to, msgKey);
        if (located.isEmpty()) {
            throw new Refused(20022, "The message does not exist");
        }
        String conversation = located.get().conversationId();
        long seq = located.get().seq();
        long now = Instant.now().getEpochSecond();
        MessageEdits.Result result = edits.edit(
                new MessageEdits.Target(app.appId(), conversation, seq),
                change,
                now,
                edited -> publisher.encode(
                        request,
                        conversation,
                        new MessageModified(
                                app.appId(),
                                conversation,
                                "C2C",
                                seq,
                                edited.msgKey(),
                                edited.fromAccount(),
                                edited.toAccount(),
                                null,
                                edited.content().body(),
                                edited.content().cloudCustomData(),
                                edited.version(),
                                now)));
        if (result.status() == MessageEdits.Status.NOT_FOUND) {
            throw new Refused(20022, "The message does not exist");
        }
        if (result.status() == MessageEdits.Status.RECALLED) {
            throw new Refused(20023, "The message was recalled");
        }
        return TencentReply.ok();
    }
}
