package dev.parley.message.store;

import java.util.ArrayList;
import java.util.List;
import jakarta.enterprise.context.ApplicationScoped;

import com.datastax.oss.driver.api.core.cql.Row;

import dev.parley.platform.cassandra.Cql;

/**
 * History reads for the history commands ({@code admin_getroammsg}, {@code group_msg_get_simple}): like {@link
 * MessageStore#before} but with the recall and edit columns of V005. Pure reads; who may see what (one-sided
 * deletes, {@code WithRecalledMsg}) is the caller's business.
 */
@ApplicationScoped
public class HistoryReader {
    private static final String COLUMNS = "seq, kind, from_account, to_account, msg_seq, msg_random, msg_time, msg_key,"
            + " body, cloud_custom_data, priority, recalled, version";

    private final Cql cql;

    HistoryReader(Cql cql) {
        this.cql = cql;
    }

    /**
     * Messages of a conversation with {@code aboveSeq < seq <= fromSeq}, newest first, at most {@code limit},
     * crossing bucket boundaries (one query per bucket of {@link MessageStore#BUCKET_SIZE} sequences).
     *
     * @param aboveSeq exclusive lower bound, 0 for the whole history
     */
    public List<HistoryEntry> between(String appId, String conversationId, long fromSeq, long aboveSeq, int limit) {
        List<HistoryEntry> found = new ArrayList<>();
        long lowestBucket = (aboveSeq + 1) / MessageStore.BUCKET_SIZE;
        for (long bucket = fromSeq / MessageStore.BUCKET_SIZE;
                bucket >= lowestBucket && found.size() < limit && fromSeq > aboveSeq;
                bucket--) {
            for (Row row : cql.execute(
                    "SELECT " + COLUMNS + " FROM {ks}.messages WHERE app_id = ? AND conversation_id = ? AND bucket = ?"
                            + " AND seq <= ? AND seq > ? LIMIT ?",
                    appId,
                    conversationId,
                    bucket,
                    fromSeq,
                    aboveSeq,
                    limit - found.size())) {
                found.add(entry(conversationId, row));
            }
        }
        return found;
    }

    private static HistoryEntry entry(String conversationId, Row row) {
        return new HistoryEntry(
                conversationId,
                row.getLong(0),
                row.getString(1),
                row.getString(2),
                row.getString(3),
                row.getLong(4),
                row.getLong(5),
                row.getLong(6),
                row.getString(7),
                orEmpty(row.getString(8)),
                orEmpty(row.getString(9)),
                row.getString(10),
                !row.isNull(11) && row.getBoolean(11),
                row.isNull(12) ? 0 : row.getInt(12));
    }

    // A cell written with the row's remaining TTL (rounded to the second) may expire a moment before the row.
    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
