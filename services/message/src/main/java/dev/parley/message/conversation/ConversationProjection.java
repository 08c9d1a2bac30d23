package dev.parley.message.conversation;

import jakarta.enterprise.context.ApplicationScoped;

import dev.parley.model.envelope.EventEnvelope;
import dev.parley.model.group.GroupType;
import dev.parley.model.group.events.GroupDestroyed;
import dev.parley.model.group.events.MemberInfoChanged;
import dev.parley.model.group.events.MemberJoined;
import dev.parley.model.group.events.MemberLeft;
import dev.parley.model.message.events.ConversationDeleted;
import dev.parley.model.message.events.MessageCommitted;
import dev.parley.model.message.events.MessageRecalled;
import dev.parley.model.message.events.MessagesRead;
import dev.parley.model.message.events.SendOptions;

/**
 * Applies message and group facts to conversations. Facts of one conversation (message stream) or one group
 * (group stream) arrive in order; any fact may arrive twice, which changes nothing: registers keep the highest
 * sequence, the group counter only counts a sequence above the last one counted, and read points, receipts and
 * memberships are rewritten with the same values.
 *
 * <ul>
 *   <li>C2C message: both users' entries show it as last message (unless {@code NoLastMsg}); the receiver gets an
 *       unread row (unless it does not count, see {@link MessageRules}).
 *   <li>Group message: the group's counter and mark, its last message, and the sender's read point (their own
 *       message never counts as unread for them).
 *   <li>MessagesRead: C2C read up to the sequence; groups move the member's read point, and store receipts.
 *   <li>ConversationDeleted: hidden (and read) up to the conversation's last message as applied so far.
 *   <li>MessageRecalled: the last-message summary shows the recall.
 *   <li>MemberJoined / MemberInfoChanged.unreadMsgNum: a read point at the fact's time with the given unread count;
 *       MemberLeft and GroupDestroyed end the membership. Live rooms (AVChatRoom) have no conversations.
 * </ul>
 */
@ApplicationScoped
public class ConversationProjection {
    private final ConversationStore store;
    private final GroupReceiptStore receipts;

    ConversationProjection(ConversationStore store, GroupReceiptStore receipts) {
        this.store = store;
        this.receipts = receipts;
    }

    /** Applies one fact of {@code im.message.events} or {@code im.group.events}; other payloads are ignored. */
    public void apply(EventEnvelope envelope) {
        Object payload = envelope.payload();
        if (payload instanceof MessageCommitted m) {
            committed(envelope, m);
        } else if (payload instanceof MessagesRead r) {
            read(envelope, r);
        } else if (payload instanceof ConversationDeleted d) {
            deleted(envelope, d);
        } else if (payload instanceof MessageRecalled r) {
            recalled(r);
        } else if (payload instanceof MemberJoined j) {
            joined(envelope, j);
        } else if (payload instanceof MemberLeft l) {
            store.left(l.appId(), l.userId(), l.groupId(), envelope.sequence());
            receipts.memberLeft(l.appId(), l.groupId(), l.userId(), envelope.sequence());
        } else if (payload instanceof MemberInfoChanged c && c.unreadMsgNum() != null) {
            store.setPoint(
                    c.appId(),
                    c.userId(),
                    ConversationIds.group(c.groupId()),
                    ReadPoint.atTime(envelope.eventId(), millis(envelope), Math.max(0, c.unreadMsgNum())));
        } else if (payload instanceof GroupDestroyed d) {
            store.destroyed(d.appId(), d.groupId(), d.members(), envelope.sequence());
            receipts.groupDestroyed(d.appId(), d.groupId(), envelope.sequence());
        }
    }

    private void committed(EventEnvelope envelope, MessageCommitted m) {
        MessageRules.Effect effect = MessageRules.of(m);
        if (effect.ignored()) {
            return;
        }
        String app = m.appId();
        String conversation = m.conversationId();
        if ("GROUP".equals(m.kind())) {
            LastMessage last = new LastMessage(m.seq(), m.seq(), m.msgTime(), "", m.fromAccount());
            GroupConversation group = store.group(app, m.groupId());
            if (m.seq() > group.countedSeq()) {
                long counted = group.counted() + (effect.countsUnread() ? 1 : 0);
                store.groupCounted(app, m.groupId(), new GroupMark(m.seq(), counted, millis(envelope)));
            }
            if (effect.showsLast()) {
                store.groupLast(app, m.groupId(), last);
            }
            if (SendOptions.of(m.options()).importMode() == 0) {
                store.setPoint(app, m.fromAccount(), conversation, ReadPoint.atSeq(envelope.eventId(), m.seq(), 0));
            }
            return;
        }
        String from = m.fromAccount();
        String to = m.toAccount();
        LastMessage last = new LastMessage(m.seq(), m.msgSeq(), m.msgTime(), m.msgKey(), from);
        store.c2cMessage(app, from, to, conversation, last, effect.showsLast(), effect.countsUnread());
    }

    private void read(EventEnvelope envelope, MessagesRead r) {
        if (!ConversationIds.isGroup(r.conversationId())) {
            if (r.readSeq() > 0) {
                store.markRead(r.appId(), r.userId(), r.conversationId(), r.readSeq());
            }
            return;
        }
        String groupId = ConversationIds.groupId(r.conversationId());
        if (r.readSeq() > 0) {
            store.setPoint(
                    r.appId(), r.userId(), r.conversationId(), ReadPoint.atSeq(envelope.eventId(), r.readSeq(), 0));
        }
        if (r.receiptSeqs() != null) {
            for (long seq : r.receiptSeqs()) {
                receipts.receipt(r.appId(), groupId, seq, r.userId(), r.readAt());
            }
        }
    }

    /** Hides and reads the conversation up to its last message as applied so far (the command did up to its head). */
    private void deleted(EventEnvelope envelope, ConversationDeleted d) {
        String app = d.appId();
        String conversation = d.conversationId();
        if (ConversationIds.isGroup(conversation)) {
            long upTo = store.group(app, ConversationIds.groupId(conversation)).countedSeq();
            store.markDeleted(app, d.userId(), conversation, upTo);
            if (upTo > 0) {
                store.setPoint(app, d.userId(), conversation, ReadPoint.atSeq(envelope.eventId(), upTo, 0));
            }
            return;
        }
        long upTo = store.entry(app, d.userId(), conversation)
                .map(e -> Math.max(e.lastSeq(), e.readSeq()))
                .orElse(0L);
        store.markDeleted(app, d.userId(), conversation, upTo);
        if (upTo > 0) {
            store.markRead(app, d.userId(), conversation, upTo);
        }
    }

    private void recalled(MessageRecalled r) {
        if ("GROUP".equals(r.kind())) {
            store.groupRecalled(r.appId(), r.groupId(), r.seq());
            return;
        }
        store.recalled(r.appId(), r.fromAccount(), r.conversationId(), r.seq());
        if (r.toAccount() != null && !r.toAccount().equals(r.fromAccount())) {
            store.recalled(r.appId(), r.toAccount(), r.conversationId(), r.seq());
        }
    }

    private void joined(EventEnvelope envelope, MemberJoined j) {
        if (GroupType.parse(j.groupType()).orElse(null) == GroupType.AVCHATROOM) {
            return;
        }
        long at = millis(envelope);
        store.joined(j.appId(), j.userId(), j.groupId(), envelope.sequence(), at);
        receipts.memberJoined(j.appId(), j.groupId(), j.userId(), envelope.sequence(), at);
        store.setPoint(
                j.appId(),
                j.userId(),
                ConversationIds.group(j.groupId()),
                ReadPoint.atTime(envelope.eventId(), at, Math.max(0, j.unreadMsgNum())));
    }

    private static long millis(EventEnvelope envelope) {
        return envelope.occurredAt().toEpochMilli();
    }
}
