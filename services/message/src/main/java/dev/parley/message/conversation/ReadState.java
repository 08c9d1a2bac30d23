package dev.parley.message.conversation;

import java.time.Instant;
import java.util.List;
import jakarta.enterprise.context.ApplicationScoped;

import dev.parley.message.store.MessageStore;
import dev.parley.message.store.OneSidedDeletes;
import dev.parley.model.envelope.EventEnvelope;
import dev.parley.model.message.events.ConversationDeleted;
import dev.parley.model.message.events.MessagesDeletedForUser;
import dev.parley.model.message.events.MessagesRead;

/**
 * The write side of the read commands: publishes the fact first (Kafka is the source of truth), then applies it
 * at once so that a read right after the command answers with it; the conversation consumer applies the same fact
 * again later, which changes nothing.
 */
@ApplicationScoped
public class ReadState {
    private final ConversationStore store;
    private final ConversationProjection projection;
    private final ConversationFacts facts;
    private final MessageStore messages;
    private final OneSidedDeletes oneSided;

    ReadState(
            ConversationStore store,
            ConversationProjection projection,
            ConversationFacts facts,
            MessageStore messages,
            OneSidedDeletes oneSided) {
        this.store = store;
        this.projection = projection;
        this.facts = facts;
        this.messages = messages;
        this.oneSided = oneSided;
    }

    /** The conversation's last sequence as the sequencer handed it out (ahead of the projection). */
    public long head(String appId, String conversationId) {
        return messages.head(appId, conversationId);
    }

    /** The user read the conversation up to and including {@code seq}. */
    public void read(String appId, String userId, String conversationId, long seq, String actor, String requestId) {
        EventEnvelope fact =
                facts.publish(actor, requestId, new MessagesRead(appId, conversationId, userId, seq, List.of(), now()));
        projection.apply(fact);
    }

    /** The member sent read receipts for the group messages {@code seqs}. */
    public void receipts(String appId, String userId, String groupId, List<Long> seqs, String actor, String requestId) {
        EventEnvelope fact = facts.publish(
                actor,
                requestId,
                new MessagesRead(appId, ConversationIds.group(groupId), userId, 0, List.copyOf(seqs), now()));
        projection.apply(fact);
    }

    /**
     * Removes the conversation from the user's list up to its current last message, which also reads it; with
     * {@code clearRamble} the user's history of it is cleared up to there as well (the peer keeps theirs).
     */
    public void delete(
            String appId, String userId, String conversationId, boolean clearRamble, String actor, String requestId) {
        long head = head(appId, conversationId);
        if (clearRamble && head > 0) {
            facts.publish(
                    actor,
                    requestId,
                    new MessagesDeletedForUser(appId, conversationId, userId, List.of(), head, now()));
            oneSided.clearUpTo(appId, userId, conversationId, head);
        }
        EventEnvelope fact = facts.publish(
                actor, requestId, new ConversationDeleted(appId, conversationId, userId, clearRamble, now()));
        store.markDeleted(appId, userId, conversationId, head);
        if (head > 0) {
            if (ConversationIds.isGroup(conversationId)) {
                store.setPoint(appId, userId, conversationId, ReadPoint.atSeq(fact.eventId(), head, 0));
            } else {
                store.markRead(appId, userId, conversationId, head);
            }
        }
    }

    private static long now() {
        return Instant.now().getEpochSecond();
    }
}
