package dev.parley.message.conversation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import jakarta.enterprise.context.ApplicationScoped;

import com.datastax.oss.driver.api.core.cql.BatchStatement;
import com.datastax.oss.driver.api.core.cql.BatchStatementBuilder;
import com.datastax.oss.driver.api.core.cql.BoundStatement;
import com.datastax.oss.driver.api.core.cql.DefaultBatchType;
import com.datastax.oss.driver.api.core.cql.Row;

import dev.parley.platform.cassandra.Cql;

/**
 * {@link ConversationStore} on the V007 tables. Sequence-valued registers (last message, recalled, read and deleted
 * sequences) and unread rows are written {@code USING TIMESTAMP seq + 1}, so the highest sequence wins whatever
 * the order of application and a range delete of read messages shadows a late re-insert of any of them.
 */
@ApplicationScoped
public class CassandraConversationStore implements ConversationStore {
    private static final String ENTRY_KEY = " WHERE app_id = ? AND user_id = ? AND conversation_id = ?";
    private static final String GROUP_KEY = " WHERE app_id = ? AND group_id = ?";
    private static final String ENTRY_COLUMNS = "conversation_id, type, peer, last_seq, last_msg_seq, last_msg_time,"
            + " last_msg_key, last_msg_from, recalled_seq, read_seq, deleted_seq, pinned, member, point_id, point_ms,"
            + " point_seq, point_base, resolved_id, resolved_count";
    private static final String GROUP_COLUMNS =
            "group_id, last_seq, last_msg_time, last_msg_from, recalled_seq, counted, counted_seq, counted_ms";
    private static final long MARK_BUCKET = 1_000;
    private static final int MAX_EMPTY_BUCKETS = 100;

    private final Cql cql;

    CassandraConversationStore(Cql cql) {
        this.cql = cql;
    }

    /** The write time of a sequence-valued register: the sequence + 1 (so that sequence 0 is a valid time). */
    static long ts(long seq) {
        return seq + 1;
    }

    @Override
    public void showLast(String appId, String userId, String conversationId, int type, String peer, LastMessage last) {
        cql.session().execute(showLastStatement(appId, userId, conversationId, type, peer, last));
    }

    /** The writes of one fact as one unlogged batch (a C2C message: one round trip instead of three). */
    @Override
    public Writes writes() {
        BatchStatementBuilder batch = BatchStatement.builder(DefaultBatchType.UNLOGGED);
        return new Writes() {
            @Override
            public void showLast(
                    String appId, String userId, String conversationId, int type, String peer, LastMessage last) {
                batch.addStatement(showLastStatement(appId, userId, conversationId, type, peer, last));
            }

            @Override
            public void addUnread(String appId, String userId, String conversationId, long seq, long msgTime) {
                batch.addStatement(addUnreadStatement(appId, userId, conversationId, seq, msgTime));
            }

            @Override
            public void commit() {
                if (batch.getStatementsCount() > 0) {
                    cql.session().execute(batch.build());
                    batch.clearStatements();
                }
            }
        };
    }

    private BoundStatement showLastStatement(
            String appId, String userId, String conversationId, int type, String peer, LastMessage last) {
        return cql.bind(
                "UPDATE {ks}.conversation_entries USING TIMESTAMP ? SET type = ?, peer = ?, last_seq = ?,"
                        + " last_msg_seq = ?, last_msg_time = ?, last_msg_key = ?, last_msg_from = ?"
                        + ENTRY_KEY,
                ts(last.seq()),
                type,
                peer,
                last.seq(),
                last.msgSeq(),
                last.msgTime(),
                last.msgKey(),
                last.fromAccount(),
                appId,
                userId,
                conversationId);
    }

    @Override
    public void recalled(String appId, String userId, String conversationId, long seq) {
        cql.execute(
                "UPDATE {ks}.conversation_entries USING TIMESTAMP ? SET recalled_seq = ?" + ENTRY_KEY,
                ts(seq),
                seq,
                appId,
                userId,
                conversationId);
    }

    @Override
    public void markRead(String appId, String userId, String conversationId, long seq) {
        cql.execute(
                "DELETE FROM {ks}.conversation_unread USING TIMESTAMP ? WHERE app_id = ? AND user_id = ?"
                        + " AND conversation_id = ? AND seq <= ?",
                ts(seq),
                appId,
                userId,
                conversationId,
                seq);
        cql.execute(
                "UPDATE {ks}.conversation_entries USING TIMESTAMP ? SET read_seq = ?" + ENTRY_KEY,
                ts(seq),
                seq,
                appId,
                userId,
                conversationId);
    }

    @Override
    public void markDeleted(String appId, String userId, String conversationId, long seq) {
        cql.execute(
                "UPDATE {ks}.conversation_entries USING TIMESTAMP ? SET deleted_seq = ?" + ENTRY_KEY,
                ts(seq),
                seq,
                appId,
                userId,
                conversationId);
    }

    @Override
    public void setPinned(String appId, String userId, String conversationId, int type, String peer, boolean pinned) {
        cql.execute(
                "UPDATE {ks}.conversation_entries SET type = ?, peer = ?, pinned = ?, pinned_at = ?" + ENTRY_KEY,
                type,
                peer,
                pinned,
                System.currentTimeMillis(),
                appId,
                userId,
                conversationId);
    }

    @Override
    public Optional<ConversationEntry> entry(String appId, String userId, String conversationId) {
        Row row = cql.execute(
                        "SELECT " + ENTRY_COLUMNS + " FROM {ks}.conversation_entries" + ENTRY_KEY,
                        appId,
                        userId,
                        conversationId)
                .one();
        return row == null ? Optional.empty() : Optional.of(entry(row));
    }

    @Override
    public List<ConversationEntry> entries(String appId, String userId) {
        List<ConversationEntry> entries = new ArrayList<>();
        for (Row row : cql.execute(
                "SELECT " + ENTRY_COLUMNS + " FROM {ks}.conversation_entries WHERE app_id = ? AND user_id = ?",
                appId,
                userId)) {
            entries.add(entry(row));
        }
        return entries;
    }

    @Override
    public void addUnread(String appId, String userId, String conversationId, long seq, long msgTime) {
        cql.session().execute(addUnreadStatement(appId, userId, conversationId, seq, msgTime));
    }

    private BoundStatement addUnreadStatement(
            String appId, String userId, String conversationId, long seq, long msgTime) {
        return cql.bind(
                "INSERT INTO {ks}.conversation_unread (app_id, user_id, conversation_id, seq, msg_time)"
                        + " VALUES (?, ?, ?, ?, ?) USING TIMESTAMP ?",
                appId,
                userId,
                conversationId,
                seq,
                msgTime,
                ts(seq));
    }

    @Override
    public Map<String, Long> unreadCounts(String appId, String userId) {
        Map<String, Long> counts = new HashMap<>();
        for (Row row : cql.execute(
                "SELECT conversation_id, COUNT(*) FROM {ks}.conversation_unread WHERE app_id = ? AND user_id = ?"
                        + " GROUP BY conversation_id",
                appId,
                userId)) {
            counts.put(row.getString(0), row.getLong(1));
        }
        return counts;
    }

    @Override
    public long unreadCount(String appId, String userId, String conversationId) {
        Row row = cql.execute(
                        "SELECT COUNT(*) FROM {ks}.conversation_unread WHERE app_id = ? AND user_id = ?"
                                + " AND conversation_id = ?",
                        appId,
                        userId,
                        conversationId)
                .one();
        return row == null ? 0 : row.getLong(0);
    }

    @Override
    public long newestUnreadAtOrBefore(String appId, String userId, String conversationId, long msgTime) {
        long newest = 0;
        for (Row row : cql.execute(
                "SELECT seq, msg_time FROM {ks}.conversation_unread WHERE app_id = ? AND user_id = ?"
                        + " AND conversation_id = ?",
                appId,
                userId,
                conversationId)) {
            if (row.getLong(1) <= msgTime) {
                newest = Math.max(newest, row.getLong(0));
            }
        }
        return newest;
    }

    @Override
    public void joined(String appId, String userId, String groupId, long version, long joinedMs) {
        cql.execute(
                "UPDATE {ks}.conversation_entries USING TIMESTAMP ? SET type = ?, peer = ?, member = true" + ENTRY_KEY,
                version,
                ConversationEntry.GROUP,
                groupId,
                appId,
                userId,
                ConversationIds.group(groupId));
    }

    @Override
    public void left(String appId, String userId, String groupId, long version) {
        cql.execute(
                "UPDATE {ks}.conversation_entries USING TIMESTAMP ? SET member = false" + ENTRY_KEY,
                version,
                appId,
                userId,
                ConversationIds.group(groupId));
    }

    @Override
    public void destroyed(String appId, String groupId, Collection<String> members, long version) {
        List<CompletableFuture<?>> writes = new ArrayList<>();
        for (String member : members) {
            writes.add(cql.executeAsync(
                            "UPDATE {ks}.conversation_entries USING TIMESTAMP ? SET member = false" + ENTRY_KEY,
                            version,
                            appId,
                            member,
                            ConversationIds.group(groupId))
                    .toCompletableFuture());
        }
        CompletableFuture.allOf(writes.toArray(CompletableFuture[]::new)).join();
    }

    @Override
    public void setPoint(String appId, String userId, String conversationId, ReadPoint point) {
        cql.execute(
                "UPDATE {ks}.conversation_entries SET point_id = ?, point_ms = ?, point_seq = ?, point_base = ?"
                        + ENTRY_KEY,
                point.id(),
                point.atMs(),
                point.atSeq(),
                point.base(),
                appId,
                userId,
                conversationId);
    }

    @Override
    public void resolved(String appId, String userId, String conversationId, String pointKey, long counted) {
        cql.execute(
                "UPDATE {ks}.conversation_entries SET resolved_id = ?, resolved_count = ?" + ENTRY_KEY,
                pointKey,
                counted,
                appId,
                userId,
                conversationId);
    }

    @Override
    public GroupConversation group(String appId, String groupId) {
        Row row = cql.execute("SELECT " + GROUP_COLUMNS + " FROM {ks}.conversation_groups" + GROUP_KEY, appId, groupId)
                .one();
        return row == null ? GroupConversation.empty(groupId) : group(row);
    }

    @Override
    public Map<String, GroupConversation> groups(String appId, Collection<String> groupIds) {
        Map<String, GroupConversation> groups = new HashMap<>();
        List<String> ids = new ArrayList<>(groupIds);
        for (int from = 0; from < ids.size(); from += 100) {
            for (Row row : cql.execute(
                    "SELECT " + GROUP_COLUMNS + " FROM {ks}.conversation_groups WHERE app_id = ? AND group_id IN ?",
                    appId,
                    ids.subList(from, Math.min(ids.size(), from + 100)))) {
                GroupConversation group = group(row);
                groups.put(group.groupId(), group);
            }
        }
        return groups;
    }

    @Override
    public void groupLast(String appId, String groupId, LastMessage last) {
        cql.execute(
                "UPDATE {ks}.conversation_groups USING TIMESTAMP ? SET last_seq = ?, last_msg_time = ?,"
                        + " last_msg_from = ?"
                        + GROUP_KEY,
                ts(last.seq()),
                last.seq(),
                last.msgTime(),
                last.fromAccount(),
                appId,
                groupId);
    }

    @Override
    public void groupRecalled(String appId, String groupId, long seq) {
        cql.execute(
                "UPDATE {ks}.conversation_groups USING TIMESTAMP ? SET recalled_seq = ?" + GROUP_KEY,
                ts(seq),
                seq,
                appId,
                groupId);
    }

    @Override
    public void groupCounted(String appId, String groupId, GroupMark mark) {
        cql.execute(
                "INSERT INTO {ks}.conversation_group_marks (app_id, group_id, bucket, seq, counted, committed_ms)"
                        + " VALUES (?, ?, ?, ?, ?, ?)",
                appId,
                groupId,
                mark.seq() / MARK_BUCKET,
                mark.seq(),
                mark.counted(),
                mark.committedMs());
        cql.execute(
                "UPDATE {ks}.conversation_groups SET counted = ?, counted_seq = ?, counted_ms = ?" + GROUP_KEY,
                mark.counted(),
                mark.seq(),
                mark.committedMs(),
                appId,
                groupId);
    }

    @Override
    public Optional<GroupMark> markAtOrBefore(String appId, String groupId, long seq) {
        int empty = 0;
        for (long bucket = seq / MARK_BUCKET; bucket >= 0 && empty < MAX_EMPTY_BUCKETS; bucket--, empty++) {
            Row row = cql.execute(
                            "SELECT seq, counted, committed_ms FROM {ks}.conversation_group_marks WHERE app_id = ?"
                                    + " AND group_id = ? AND bucket = ? AND seq <= ? LIMIT 1",
                            appId,
                            groupId,
                            bucket,
                            seq)
                    .one();
            if (row != null) {
                return Optional.of(new GroupMark(row.getLong(0), row.getLong(1), row.getLong(2)));
            }
        }
        return Optional.empty();
    }

    private static ConversationEntry entry(Row row) {
        LastMessage last = row.isNull(3)
                ? null
                : new LastMessage(row.getLong(3), row.getLong(4), row.getLong(5), text(row, 6), text(row, 7));
        ReadPoint point = row.isNull(13)
                ? null
                : new ReadPoint(row.getString(13), row.getLong(14), row.getLong(15), row.getLong(16));
        return new ConversationEntry(
                row.getString(0),
                row.isNull(1) ? 0 : row.getInt(1),
                text(row, 2),
                last,
                row.getLong(8),
                row.getLong(9),
                row.isNull(10) ? -1 : row.getLong(10),
                !row.isNull(11) && row.getBoolean(11),
                !row.isNull(12) && row.getBoolean(12),
                point,
                row.getString(17),
                row.getLong(18));
    }

    private static GroupConversation group(Row row) {
        LastMessage last = row.isNull(1)
                ? null
                : new LastMessage(row.getLong(1), row.getLong(1), row.getLong(2), "", text(row, 3));
        return new GroupConversation(
                row.getString(0), last, row.getLong(4), row.getLong(5), row.getLong(6), row.getLong(7));
    }

    private static String text(Row row, int i) {
        String value = row.getString(i);
        return value == null ? "" : value;
    }
}
