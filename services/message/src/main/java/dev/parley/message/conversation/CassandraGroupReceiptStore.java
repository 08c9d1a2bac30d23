package dev.parley.message.conversation;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jakarta.enterprise.context.ApplicationScoped;

import com.datastax.oss.driver.api.core.cql.Row;

import dev.parley.message.store.MessageStore;
import dev.parley.platform.cassandra.Cql;

/**
 * {@link GroupReceiptStore} on {@code conversation_members} (written {@code USING TIMESTAMP <group version>}, so a
 * late or repeated membership fact never undoes a newer one) and {@code group_receipts}; messages are read from
 * the history table.
 */
@ApplicationScoped
public class CassandraGroupReceiptStore implements GroupReceiptStore {
    private final Cql cql;

    CassandraGroupReceiptStore(Cql cql) {
        this.cql = cql;
    }

    @Override
    public void memberJoined(String appId, String groupId, String userId, long version, long joinedMs) {
        cql.execute(
                "INSERT INTO {ks}.conversation_members (app_id, group_id, user_id, joined_ms) VALUES (?, ?, ?, ?)"
                        + " USING TIMESTAMP ?",
                appId,
                groupId,
                userId,
                joinedMs,
                version);
    }

    @Override
    public void memberLeft(String appId, String groupId, String userId, long version) {
        cql.execute(
                "DELETE FROM {ks}.conversation_members USING TIMESTAMP ? WHERE app_id = ? AND group_id = ?"
                        + " AND user_id = ?",
                version,
                appId,
                groupId,
                userId);
    }

    @Override
    public void groupDestroyed(String appId, String groupId, long version) {
        cql.execute(
                "DELETE FROM {ks}.conversation_members USING TIMESTAMP ? WHERE app_id = ? AND group_id = ?",
                version,
                appId,
                groupId);
    }

    @Override
    public Map<String, Long> members(String appId, String groupId) {
        Map<String, Long> members = new HashMap<>();
        for (Row row : cql.execute(
                "SELECT user_id, joined_ms FROM {ks}.conversation_members WHERE app_id = ? AND group_id = ?",
                appId,
                groupId)) {
            members.put(row.getString(0), row.getLong(1));
        }
        return members;
    }

    @Override
    public void receipt(String appId, String groupId, long seq, String userId, long readAt) {
        cql.execute(
                "INSERT INTO {ks}.group_receipts (app_id, group_id, seq, user_id, read_at) VALUES (?, ?, ?, ?, ?)",
                appId,
                groupId,
                seq,
                userId,
                readAt);
    }

    @Override
    public Set<String> readers(String appId, String groupId, long seq) {
        Set<String> readers = new HashSet<>();
        for (Row row : cql.execute(
                "SELECT user_id FROM {ks}.group_receipts WHERE app_id = ? AND group_id = ? AND seq = ?",
                appId,
                groupId,
                seq)) {
            readers.add(row.getString(0));
        }
        return readers;
    }

    @Override
    public Optional<Target> target(String appId, String groupId, long seq) {
        Row row = cql.execute(
                        "SELECT from_account, msg_time, need_read_receipt FROM {ks}.messages WHERE app_id = ?"
                                + " AND conversation_id = ? AND bucket = ? AND seq = ?",
                        appId,
                        ConversationIds.group(groupId),
                        seq / MessageStore.BUCKET_SIZE,
                        seq)
                .one();
        if (row == null) {
            return Optional.empty();
        }
        return Optional.of(new Target(seq, row.getString(0), row.getLong(1), !row.isNull(2) && row.getBoolean(2)));
    }
}
