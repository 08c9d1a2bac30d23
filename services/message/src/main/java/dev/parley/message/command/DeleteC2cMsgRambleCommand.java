package dev.parley.message.command;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.parley.message.pipeline.Conversations;
import dev.parley.message.store.MessageLocator;
import dev.parley.message.store.OneSidedDeletes;
import dev.parley.model.message.events.MessagesDeletedForUser;
import dev.parley.platform.apps.AppDirectory;
import dev.parley.platform.apps.AppInfo;
import dev.parley.platform.tencent.CommandRequest;
import dev.parley.platform.tencent.TencentReply;

/**
 * {@code openim/delete_c2c_msg_ramble}: deletes up to 30 messages (sent either way) from {@code Operator_Account}'s
 * own history of the conversation with {@code Peer_Account}; the peer keeps them. Keys that are malformed, or name
 * no message of this conversation, are answered in {@code InvalidMsgKeyList}; the others are hidden
 * ({@link OneSidedDeletes}) and one {@code MessagesDeletedForUser} is published.
 */
@Singleton
public class DeleteC2cMsgRambleCommand extends MessageCommand {
    private final MessageLocator locator;
    private final OneSidedDeletes deletes;
    private final MutationPublisher publisher;

    DeleteC2cMsgRambleCommand(
            AppDirectory apps, MessageLocator locator, OneSidedDeletes deletes, MutationPublisher publisher) {
        super(apps);
        this.locator = locator;
        this.deletes = deletes;
        this.publisher = publisher;
    }

    @Override
    public String service() {
        return "openim";
    }

    @Override
    public String command() {
        return "delete_c2c_msg_ramble";
    }

    @Override
    ObjectNode handle(AppInfo app, CommandRequest request) {
        JsonNode body = request.body();
        String operator = MessageFields.userId(body, "Operator_Account", 90001);
        String peer = MessageFields.userId(body, "Peer_Account", 90001);
        List<String> keys = MutationFields.msgKeyList(body);
        String conversation = Conversations.c2c(operator, peer);
        Set<Long> seqs = new LinkedHashSet<>();
        List<String> invalid = new ArrayList<>();
        for (String key : keys) {
            Optional<MessageLocator.Located> located = MessageLocator.wellFormed(key)
                    ? locator.c2c(app.appId(), operator, peer, key)
                            .or(() -> locator.c2c(app.appId(), peer, operator, key))
                    : Optional.empty();
            if (located.isEmpty()) {
                invalid.add(key);
            } else {
                seqs.add(located.get().seq());
            }
        }
        if (!seqs.isEmpty()) {
            deletes.hide(app.appId(), operator, conversation, seqs);
            publisher.publish(
                    request,
                    conversation,
                    new MessagesDeletedForUser(
                            app.appId(),
                            conversation,
                            operator,
                            List.copyOf(seqs),
                            0,
                            Instant.now().getEpochSecond()));
        }
        ObjectNode reply = TencentReply.ok();
        if (!invalid.isEmpty()) {
            ArrayNode list = reply.putArray("InvalidMsgKeyList");
            invalid.forEach(list::add);
        }
        return reply;
    }
}
