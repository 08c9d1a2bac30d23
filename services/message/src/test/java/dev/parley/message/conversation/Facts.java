package dev.parley.message.conversation;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.parley.message.pipeline.Conversations;
import dev.parley.model.envelope.EventEnvelope;
import dev.parley.model.envelope.EventPayload;
import dev.parley.model.envelope.EventTypes;
import dev.parley.model.group.events.GroupDestroyed;
import dev.parley.model.group.events.MemberInfoChanged;
import dev.parley.model.group.events.MemberJoined;
import dev.parley.model.group.events.MemberLeft;
import dev.parley.model.message.events.ConversationDeleted;
import dev.parley.model.message.events.MessageCommitted;
import dev.parley.model.message.events.MessageRecalled;
import dev.parley.model.message.events.MessagesRead;
import dev.parley.model.message.events.SendOptions;

/** Envelopes of the facts the conversation projection applies, for tests. */
final class Facts {
    static final String APP = "1400000001";
    private static final String TEXT = "[{\"MsgType\":\"TIMTextElem\",\"MsgContent\":{\"Text\":\"hi\"}}]";

    private Facts() {}

    static EventEnvelope envelope(long sequence, long atMs, EventPayload payload) {
        return new EventEnvelope(
                UUID.randomUUID().toString(),
                EventTypes.typeOf(payload),
                "test",
                "test",
                Math.max(1, sequence),
                Instant.ofEpochMilli(atMs),
                APP,
                null,
                null,
                null,
                "test@dev",
                payload);
    }

    /** A stored C2C message. */
    static EventEnvelope c2c(String from, String to, long seq, List<String> control) {
        return c2c(from, to, seq, control, SendOptions.NONE, true);
    }

    static EventEnvelope c2c(
            String from, String to, long seq, List<String> control, SendOptions options, boolean stored) {
        long msgTime = 1_700_000_000L + seq;
        return envelope(
                seq,
                msgTime * 1000,
                new MessageCommitted(
                        APP,
                        Conversations.c2c(from, to),
                        "C2C",
                        from,
                        to,
                        null,
                        seq,
                        seq * 7,
                        seq * 11,
                        msgTime,
                        (seq * 7) + "_" + (seq * 11) + "_" + msgTime,
                        TEXT,
                        "",
                        null,
                        "Normal",
                        stored,
                        control,
                        options));
    }

    /** A stored group message committed at {@code atMs}. */
    static EventEnvelope group(String groupId, String from, long seq, long atMs, List<String> control) {
        return group(groupId, from, seq, atMs, control, SendOptions.NONE);
    }

    static EventEnvelope group(
            String groupId, String from, long seq, long atMs, List<String> control, SendOptions options) {
        return envelope(
                seq,
                atMs,
                new MessageCommitted(
                        APP,
                        Conversations.group(groupId),
                        "GROUP",
                        from,
                        null,
                        groupId,
                        seq,
                        seq,
                        seq * 13,
                        atMs / 1000,
                        groupId + "_" + seq,
                        TEXT,
                        "",
                        null,
                        "Normal",
                        true,
                        control,
                        options));
    }

    static EventEnvelope read(String conversationId, String user, long readSeq, List<Long> receipts) {
        return envelope(1, 1, new MessagesRead(APP, conversationId, user, readSeq, receipts, 1_700_000_000L));
    }

    static EventEnvelope deleted(String conversationId, String user) {
        return envelope(1, 1, new ConversationDeleted(APP, conversationId, user, false, 1_700_000_000L));
    }

    static EventEnvelope recalledC2c(String from, String to, long seq) {
        return envelope(
                1,
                1,
                new MessageRecalled(
                        APP, Conversations.c2c(from, to), "C2C", seq, "k", from, to, null, "admin", "", 1L));
    }

    static EventEnvelope joined(String groupId, String user, long version, long atMs, long unread) {
        return envelope(
                version,
                atMs,
                new MemberJoined(
                        APP,
                        groupId,
                        user,
                        "Public",
                        "Member",
                        atMs / 1000,
                        "Invite",
                        "",
                        "AcceptAndNotify",
                        Map.of(),
                        2,
                        unread));
    }

    static EventEnvelope left(String groupId, String user, long version) {
        return envelope(version, 1, new MemberLeft(APP, groupId, user, "Quit", "", 1));
    }

    static EventEnvelope unreadSet(String groupId, String user, long version, long atMs, long unread) {
        return envelope(version, atMs, new MemberInfoChanged(APP, groupId, user, null, null, Map.of(), unread));
    }

    static EventEnvelope destroyed(String groupId, long version, List<String> members) {
        return envelope(version, 1, new GroupDestroyed(APP, groupId, "Public", members));
    }
}
