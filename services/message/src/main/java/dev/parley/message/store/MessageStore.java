package dev.parley.message.store;

import java.util.Optional;
import java.util.concurrent.CompletionStage;
import jakarta.enterprise.context.ApplicationScoped;

import com.datastax.oss.driver.api.core.cql.Row;

import dev.parley.model.message.events.SendOptions;
import dev.parley.platform.cassandra.Cql;

/**
 * The send path's writes: conversation heads, retry records and message rows; every key starts with the app id.
 * History is read through {@link HistoryReader}.
 */
@ApplicationScoped
public class MessageStore {
    /** Sequences per history partition. */
    public static final long BUCKET_SIZE = 1_000;

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

    /** The last sequence handed out in the conversation, 0 for a new one, without blocking. */
    public CompletionStage<Long> headAsync(String appId, String conversationId) {
        return cql.executeAsync(
                        "SELECT last_seq FROM {ks}.conversation_heads WHERE app_id = ? AND conversation_id = ?",
                        appId,
                        conversationId)
                .thenApply(rs -> {
                    Row row = rs.one();
                    return row == null ? 0L : row.getLong(0);
                });
    }

    /**
     * A retry record: what the first submission of a sender + MsgRandom (+ MsgSeq) in a conversation came to.
     *
     * @param seq the sequence the original got, 0 when none
     * @param reply the original Tencent answer (JSON)
     * @param committed the committed fact (encoded envelope), empty when nothing was committed
     */
    public record Retry(long seq, String reply, String committed) {}

    /** The retry record of a sender + random in the conversation, without blocking. */
    public CompletionStage<Optional<Retry>> retryAsync(String appId, String conversationId, String dedupeKey) {
        return cql.executeAsync(
                        "SELECT seq, reply, committed FROM {ks}.message_dedupe WHERE app_id = ?"
                                + " AND conversation_id = ? AND dedupe_key = ?",
                        appId,
                        conversationId,
                        dedupeKey)
                .thenApply(rs -> {
                    Row row = rs.one();
                    return row == null
                            ? Optional.<Retry>empty()
                            : Optional.of(new Retry(row.getLong(0), row.getString(1), row.getString(2)));
                });
    }

    /**
     * Moves the conversation's head forward. Written before the retry records and messages that use the new
     * sequences, so a sequence is never handed out twice, also after a crash (a crash in between leaves a gap).
     */
    public CompletionStage<Void> writeHead(String appId, String conversationId, long lastSeq) {
        return cql.executeAsync(
                        "UPDATE {ks}.conversation_heads SET last_seq = ? WHERE app_id = ? AND conversation_id = ?",
                        lastSeq,
                        appId,
                        conversationId)
                .thenApply(rs -> null);
    }

    /**
     * Writes a retry record: the commit point of a submission. Written before the message row; a retry that finds
     * the record re-writes the row from {@code committedEnvelope} and publishes it again.
     *
     * @param ttlSeconds how long the record answers retries and locates the message by MsgKey
     */
    public CompletionStage<Void> writeRetry(
            String appId,
            String conversationId,
            String dedupeKey,
            long seq,
            String reply,
            String committedEnvelope,
            int ttlSeconds) {
        return cql.executeAsync(
                        "INSERT INTO {ks}.message_dedupe (app_id, conversation_id, dedupe_key, seq, reply, committed,"
                                + " published) VALUES (?, ?, ?, ?, ?, ?, false) USING TTL ?",
                        appId,
                        conversationId,
                        dedupeKey,
                        seq,
                        reply,
                        committedEnvelope == null ? "" : committedEnvelope,
                        ttlSeconds)
                .thenApply(rs -> null);
    }

    /** Writes a committed message into history with the app's retention as TTL; the same values again are harmless. */
    public CompletionStage<Void> writeMessage(
            String appId, StoredMessage message, SendOptions options, int ttlSeconds) {
        return cql.executeAsync(
                        "INSERT INTO {ks}.messages (app_id, conversation_id, bucket, seq, kind, from_account,"
                                + " to_account, msg_seq, msg_random, msg_time, msg_key, body, cloud_custom_data, priority,"
                                + " support_extension, need_read_receipt, import_mode)"
                                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) USING TTL ?",
                        appId,
                        message.conversationId(),
                        message.seq() / BUCKET_SIZE,
                        message.seq(),
                        message.kind(),
                        message.fromAccount(),
                        message.toAccount() == null ? "" : message.toAccount(),
                        message.msgSeq(),
                        message.msgRandom(),
                        message.msgTime(),
                        message.msgKey(),
                        message.body(),
                        message.cloudCustomData() == null ? "" : message.cloudCustomData(),
                        message.priority(),
                        options.supportExtension(),
                        options.needReadReceipt(),
                        options.importMode(),
                        ttlSeconds)
                .thenApply(rs -> null);
    }
}
