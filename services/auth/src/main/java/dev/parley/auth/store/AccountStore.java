package dev.parley.auth.store;

import java.time.Instant;
import jakarta.enterprise.context.ApplicationScoped;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.BatchStatement;
import com.datastax.oss.driver.api.core.cql.DefaultBatchType;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;

import dev.parley.platform.cassandra.CassandraClient;

/**
 * Tables {@code accounts} (lookup by app and user) and {@code accounts_by_app} (16 shards per app, for counting).
 * Writes are idempotent upserts and deletes {@code USING TIMESTAMP} the fact's sequence, applied both by the command
 * path and by auth's own consumer: a late re-applied import cannot undo a later delete.
 */
@ApplicationScoped
public class AccountStore {
    static final int SHARDS = 16;

    private final CassandraClient cassandra;
    private volatile PreparedStatement exists;
    private volatile PreparedStatement upsert;
    private volatile PreparedStatement upsertShard;
    private volatile PreparedStatement delete;
    private volatile PreparedStatement deleteShard;
    private volatile PreparedStatement count;

    AccountStore(CassandraClient cassandra) {
        this.cassandra = cassandra;
    }

    /** Whether the account is imported. */
    public boolean exists(String appId, String userId) {
        CqlSession session = prepared();
        return session.execute(exists.bind(appId, userId)).one() != null;
    }

    /** Imports or updates an account. */
    public void upsert(String appId, String userId, String nick, String faceUrl, Instant at, long writeTime) {
        CqlSession session = prepared();
        session.execute(BatchStatement.newInstance(
                DefaultBatchType.LOGGED,
                upsert.bind(appId, userId, nick == null ? "" : nick, faceUrl == null ? "" : faceUrl, at, writeTime),
                upsertShard.bind(appId, shard(userId), userId, writeTime)));
    }

    /** Deletes an account; deleting a missing one is a no-op. */
    public void delete(String appId, String userId, long writeTime) {
        CqlSession session = prepared();
        session.execute(BatchStatement.newInstance(
                DefaultBatchType.LOGGED,
                delete.bind(writeTime, appId, userId),
                deleteShard.bind(writeTime, appId, shard(userId), userId)));
    }

    /** Number of accounts of the app (16 small reads; used for the trial edition's limit). */
    public long count(String appId) {
        CqlSession session = prepared();
        long total = 0;
        for (int s = 0; s < SHARDS; s++) {
            total += session.execute(count.bind(appId, s)).one().getLong(0);
        }
        return total;
    }

    static int shard(String userId) {
        return Math.floorMod(userId.hashCode(), SHARDS);
    }

    private CqlSession prepared() {
        CqlSession session = cassandra.session();
        if (count == null) {
            String ks = cassandra.keyspace();
            exists = session.prepare("SELECT user_id FROM " + ks + ".accounts WHERE app_id = ? AND user_id = ?");
            upsert = session.prepare(
                    "INSERT INTO " + ks
                            + ".accounts (app_id, user_id, nick, face_url, imported_at) VALUES (?, ?, ?, ?, ?) USING TIMESTAMP ?");
            upsertShard = session.prepare("INSERT INTO " + ks
                    + ".accounts_by_app (app_id, shard, user_id) VALUES (?, ?, ?) USING TIMESTAMP ?");
            delete = session.prepare(
                    "DELETE FROM " + ks + ".accounts USING TIMESTAMP ? WHERE app_id = ? AND user_id = ?");
            deleteShard = session.prepare("DELETE FROM " + ks
                    + ".accounts_by_app USING TIMESTAMP ? WHERE app_id = ? AND shard = ? AND user_id = ?");
            count = session.prepare("SELECT COUNT(*) FROM " + ks + ".accounts_by_app WHERE app_id = ? AND shard = ?");
        }
        return session;
    }
}
