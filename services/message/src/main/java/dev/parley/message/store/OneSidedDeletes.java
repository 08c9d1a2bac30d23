package dev.parley.message.store;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import jakarta.enterprise.context.ApplicationScoped;

import com.datastax.oss.driver.api.core.cql.Row;

import dev.parley.platform.cassandra.Cql;

/**
 * What one user deleted from their own view of a conversation, leaving the other side's history alone:
 * single messages ({@code delete_c2c_msg_ramble}) and everything up to a sequence ({@code recentcontact/delete}
 * with {@code ClearRamble: 1}). History reads for that user skip these.
 */
@ApplicationScoped
public class OneSidedDeletes {
    private final Cql cql;

    OneSidedDeletes(Cql cql) {
        this.cql = cql;
    }

    /** Hides single messages (by conversation sequence) from {@code userId}. */
    public void hide(String appId, String userId, String conversationId, Collection<Long> seqs) {
        for (long seq : seqs) {
            cql.execute(
                    "INSERT INTO {ks}.messages_hidden (app_id, user_id, conversation_id, seq) VALUES (?, ?, ?, ?)",
                    appId,
                    userId,
                    conversationId,
                    seq);
        }
    }

    /** Hides every message up to and including {@code seq} from {@code userId}; never moves the mark back. */
    public void clearUpTo(String appId, String userId, String conversationId, long seq) {
        if (seq > clearedUpTo(appId, userId, conversationId)) {
            cql.execute(
                    "UPDATE {ks}.conversation_cleared SET cleared_seq = ? WHERE app_id = ? AND user_id = ?"
                            + " AND conversation_id = ?",
                    seq,
                    appId,
                    userId,
                    conversationId);
        }
    }

    /** The sequence up to which {@code userId} cleared the conversation, 0 for none. */
    public long clearedUpTo(String appId, String userId, String conversationId) {
        Row row = cql.execute(
                        "SELECT cleared_seq FROM {ks}.conversation_cleared WHERE app_id = ? AND user_id = ?"
                                + " AND conversation_id = ?",
                        appId,
                        userId,
                        conversationId)
                .one();
        return row == null ? 0 : row.getLong(0);
    }

    /** The single messages {@code userId} hid in the conversation. */
    public Set<Long> hidden(String appId, String userId, String conversationId) {
        Set<Long> seqs = new HashSet<>();
        for (Row row : cql.execute(
                "SELECT seq FROM {ks}.messages_hidden WHERE app_id = ? AND user_id = ? AND conversation_id = ?",
                appId,
                userId,
                conversationId)) {
            seqs.add(row.getLong(0));
        }
        return seqs;
    }
}
