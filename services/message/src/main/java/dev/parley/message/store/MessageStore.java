package dev.parley.message.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jakarta.enterprise.context.ApplicationScoped;

import com.datastax.oss.driver.api.core.cql.BatchStatement;
import com.datastax.oss.driver.api.core.cql.BatchStatementBuilder;
import com.datastax.oss.driver.api.core.cql.DefaultBatchType;
import com.datastax.oss.driver.api.core.cql.Row;

import dev.parley.platform.cassandra.Cql;

/** Message history, conversation heads and retry records; every key starts with the app id. */
@ApplicationScoped
public class MessageStore {
    /** Sequences per history partition. */
    public static final long BUCKET_SIZE = 1_000;

    private static final String COLUMNS = "seq, kind, from_account, to_account, msg_seq, msg_random, msg_time, msg_key,"
            + " body, cloud_custom_data, priority";

    private final Cql cql;

    MessageStore(Cql cql) {
        this.cql = cql;
    }

    /** The last sequence handed out in the conversation, 0 for a new one. */
    public long head(String appId, String conversationId) {
        Row row = cql.execute(
                        "SELECT last_seq FROM {ks}.conversation_heads WHERE app_id = ? AND conversation_id = ?",
                        appId,
                        conversationId)
                .one();
        return row == null ? 0 : row.getLong(0);
    }

    /**
     * A retry record.
     *
     * @param seq the sequence the original got
     * @param reply the original Tencent answer
     * @param committed the committed fact (encoded envelope), empty when nothing was committed
     * @param published whether the fact was published
     */
    public record Retry(long seq, String reply, String committed, boolean published) {}

    /** The retry record of a sender + random in the conversation. */
    public Optional<Retry> retry(String appId, String conversationId, String dedupeKey) {
        Row row = cql.execute(
                        "SELECT seq, reply, committed, published FROM {ks}.message_dedupe WHERE app_id = ?"
                                + " AND conversation_id = ? AND dedupe_key = ?",
                        appId,
                        conversationId,
                        dedupeKey)
                .one();
        return row == null
                ? Optional.empty()
                : Optional.of(new Retry(row.getLong(0), row.getString(1), row.getString(2), row.getBoolean(3)));
    }

    /**
     * Stores the outcome of a submission in one logged batch: the message (when it is kept in history, with the
     * app's retention as TTL), the conversation head (when a sequence was used) and the retry record.
     */
    public void commit(
            String appId,
            String conversationId,
            String dedupeKey,
            StoredMessage message,
            boolean inHistory,
            int ttlSeconds,
            String reply,
            String committedEnvelope) {
        BatchStatementBuilder batch = BatchStatement.builder(DefaultBatchType.LOGGED);
        if (message != null && inHistory) {
            batch.addStatement(cql.bind(
                    "INSERT INTO {ks}.messages (app_id, conversation_id, bucket, seq, kind, from_account, to_account,"
                            + " msg_seq, msg_random, msg_time, msg_key, body, cloud_custom_data, priority)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) USING TTL ?",
                    appId,
                    conversationId,
                    message.seq() / BUCKET_SIZE,
                    message.seq(),
                    message.kind(),
                    message.fromAccount(),
                    message.toAccount(),
                    message.msgSeq(),
                    message.msgRandom(),
                    message.msgTime(),
                    message.msgKey(),
                    message.body(),
                    message.cloudCustomData(),
                    message.priority(),
                    ttlSeconds));
        }
        if (message != null) {
            batch.addStatement(cql.bind(
                    "UPDATE {ks}.conversation_heads SET last_seq = ? WHERE app_id = ? AND conversation_id = ?",
                    message.seq(),
                    appId,
                    conversationId));
        }
        batch.addStatement(cql.bind(
                "INSERT INTO {ks}.message_dedupe (app_id, conversation_id, dedupe_key, seq, reply, committed, published)"
                        + " VALUES (?, ?, ?, ?, ?, ?, false)",
                appId,
                conversationId,
                dedupeKey,
                message == null ? 0L : message.seq(),
                reply,
                committedEnvelope == null ? "" : committedEnvelope));
        cql.session().execute(batch.build());
    }

    /** Records that the committed fact of a retry record was published. */
    public void markPublished(String appId, String conversationId, String dedupeKey) {
        cql.executeAsync(
                "UPDATE {ks}.message_dedupe SET published = true WHERE app_id = ? AND conversation_id = ?"
                        + " AND dedupe_key = ?",
                appId,
                conversationId,
                dedupeKey);
    }

    /**
     * Messages of a conversation from {@code fromSeq} downwards, newest first, at most {@code limit}, crossing
     * bucket boundaries.
     */
    public List<StoredMessage> before(String appId, String conversationId, long fromSeq, int limit) {
        List<StoredMessage> found = new ArrayList<>();
        for (long bucket = fromSeq / BUCKET_SIZE; bucket >= 0 && found.size() < limit; bucket--) {
            for (Row row : cql.execute(
                    "SELECT " + COLUMNS + " FROM {ks}.messages WHERE app_id = ? AND conversation_id = ? AND bucket = ?"
                            + " AND seq <= ? LIMIT ?",
                    appId,
                    conversationId,
                    bucket,
                    fromSeq,
                    limit - found.size())) {
                found.add(message(conversationId, row));
            }
        }
        return found;
    }

    private static StoredMessage message(String conversationId, Row row) {
        return new StoredMessage(
                conversationId,
                row.getLong(0),
                row.getString(1),
                row.getString(2),
                row.getString(3),
                row.getLong(4),
                row.getLong(5),
                row.getLong(6),
                row.getString(7),
                row.getString(8),
                row.getString(9),
                row.getString(10));
    }
}
