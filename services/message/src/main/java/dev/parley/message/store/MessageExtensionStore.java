package dev.parley.message.store;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import jakarta.enterprise.context.ApplicationScoped;

import com.datastax.oss.driver.api.core.DefaultConsistencyLevel;
import com.datastax.oss.driver.api.core.cql.BatchStatement;
import com.datastax.oss.driver.api.core.cql.BatchStatementBuilder;
import com.datastax.oss.driver.api.core.cql.DefaultBatchType;
import com.datastax.oss.driver.api.core.cql.Row;

import dev.parley.platform.cassandra.Cql;

/**
 * The key-value extensions of stored messages ({@code message_extensions}, V006), one partition per message. Every
 * change is one conditional batch guarded by the message's static {@code latest_seq}: Cassandra's Paxos lets only
 * one writer per version win, so two concurrent setters of one key can never both succeed. Reads that decide a
 * write are {@code LOCAL_SERIAL}, so they see every write that won.
 */
@ApplicationScoped
public class MessageExtensionStore {
    private static final String KEY = "app_id = ? AND conversation_id = ? AND seq = ?";

    private final Cql cql;

    MessageExtensionStore(Cql cql) {
        this.cql = cql;
    }

    /**
     * The stored message an extension belongs to.
     *
     * @param msgKey its MsgKey
     * @param supportExtension whether it was sent with {@code SupportMessageExtension: 1}
     * @param ttlSeconds the row's remaining time to live, 0 when it has none
     * @param recalled whether the message was recalled (its extensions can then be neither read nor changed)
     */
    public record MessageRow(String msgKey, boolean supportExtension, int ttlSeconds, boolean recalled) {}

    /**
     * One key of a message, present or deleted.
     *
     * @param key Key
     * @param value Value, '' once deleted
     * @param seq the message's extension version that last changed the key
     * @param present false once deleted or cleared
     */
    public record Entry(String key, String value, long seq, boolean present) {}

    /**
     * A message's extensions at one version.
     *
     * @param exists whether any extension was ever written (false: version 0, no keys)
     * @param latestSeq the version (LatestSeq)
     * @param clearSeq the version of the last clear-all (ClearSeq), 0 for none
     * @param pendingEvent the encoded envelope of the last change, '' once published
     * @param entries every key ever written, by key
     */
    public record Snapshot(
            boolean exists, long latestSeq, long clearSeq, String pendingEvent, Map<String, Entry> entries) {}

    /** The message row at {@code seq} of the conversation; empty when it does not exist or expired. */
    public Optional<MessageRow> message(String appId, String conversationId, long seq) {
        Row row = cql.execute(
                        "SELECT msg_key, support_extension, TTL(body), recalled FROM {ks}.messages WHERE app_id = ?"
                                + " AND conversation_id = ? AND bucket = ? AND seq = ?",
                        appId,
                        conversationId,
                        seq / MessageStore.BUCKET_SIZE,
                        seq)
                .one();
        if (row == null) {
            return Optional.empty();
        }
        Integer ttl = row.isNull(2) ? null : row.getInt(2);
        return Optional.of(new MessageRow(
                row.getString(0),
                !row.isNull(1) && row.getBoolean(1),
                ttl == null ? 0 : Math.max(1, ttl),
                !row.isNull(3) && row.getBoolean(3)));
    }

    /**
     * The extensions of a message.
     *
     * @param serial read at {@code LOCAL_SERIAL} (before a conditional write) rather than the default level
     */
    public Snapshot read(String appId, String conversationId, long seq, boolean serial) {
        var statement = cql.bind(
                "SELECT key, value, key_seq, present, latest_seq, clear_seq, pending_event"
                        + " FROM {ks}.message_extensions WHERE " + KEY,
                appId,
                conversationId,
                seq);
        if (serial) {
            statement = statement
                    .setSerialConsistencyLevel(DefaultConsistencyLevel.LOCAL_SERIAL)
                    .setConsistencyLevel(DefaultConsistencyLevel.LOCAL_SERIAL);
        }
        boolean exists = false;
        long latest = 0;
        long clear = 0;
        String pending = "";
        Map<String, Entry> entries = new LinkedHashMap<>();
        for (Row row : cql.session().execute(statement)) {
            if (!row.isNull(4)) {
                exists = true;
                latest = row.getLong(4);
                clear = row.isNull(5) ? 0 : row.getLong(5);
                pending = row.isNull(6) ? "" : row.getString(6);
            }
            if (!row.isNull(0)) {
                entries.put(
                        row.getString(0),
                        new Entry(
                                row.getString(0),
                                row.isNull(1) ? "" : row.getString(1),
                                row.isNull(2) ? 0 : row.getLong(2),
                                !row.isNull(3) && row.getBoolean(3)));
            }
        }
        return new Snapshot(exists, latest, clear, pending, entries);
    }

    /**
     * Writes one change as a conditional batch: the new version, ClearSeq and pending event, and the changed keys,
     * all only if the version is still {@code expected.latestSeq()} (or no version exists yet).
     *
     * @param expected the snapshot the change was decided on
     * @param latestSeq the new version
     * @param clearSeq the ClearSeq after the change
     * @param pendingEvent the encoded envelope announcing the change
     * @param changed the changed keys, each carrying {@code latestSeq}
     * @param ttlSeconds the message row's remaining TTL (0: none)
     * @return whether the batch won; false when another writer changed the message first
     */
    public boolean write(
            String appId,
            String conversationId,
            long seq,
            Snapshot expected,
            long latestSeq,
            long clearSeq,
            String pendingEvent,
            Collection<Entry> changed,
            int ttlSeconds) {
        BatchStatementBuilder batch = BatchStatement.builder(DefaultBatchType.UNLOGGED);
        batch.addStatement(cql.bind(
                "UPDATE {ks}.message_extensions USING TTL ? SET latest_seq = ?, clear_seq = ?, pending_event = ?"
                        + " WHERE " + KEY + " IF latest_seq = ?",
                ttlSeconds,
                latestSeq,
                clearSeq,
                pendingEvent,
                appId,
                conversationId,
                seq,
                expected.exists() ? expected.latestSeq() : null));
        for (Entry entry : changed) {
            batch.addStatement(cql.bind(
                    "UPDATE {ks}.message_extensions USING TTL ? SET value = ?, key_seq = ?, present = ?" + " WHERE "
                            + KEY + " AND key = ?",
                    ttlSeconds,
                    entry.value(),
                    entry.seq(),
                    entry.present(),
                    appId,
                    conversationId,
                    seq,
                    entry.key()));
        }
        return cql.session().execute(batch.build()).wasApplied();
    }

    /**
     * Marks the pending event of version {@code latestSeq} as published. A no-op when a later change already
     * replaced it (that change republished it first).
     */
    public void markPublished(String appId, String conversationId, long seq, long latestSeq, int ttlSeconds) {
        cql.execute(
                "UPDATE {ks}.message_extensions USING TTL ? SET pending_event = '' WHERE " + KEY + " IF latest_seq = ?",
                ttlSeconds,
                appId,
                conversationId,
                seq,
                latestSeq);
    }
}
