package dev.parley.group.store;

import jakarta.enterprise.context.ApplicationScoped;

import com.datastax.oss.driver.api.core.ConsistencyLevel;

import dev.parley.platform.cassandra.Cql;

/**
 * The commit head of each group ({@code group_heads}), changed only with lightweight transactions: a sequence is
 * handed out once, whichever replica asks.
 */
@ApplicationScoped
public class GroupHeads {
    private final Cql cql;

    GroupHeads(Cql cql) {
        this.cql = cql;
    }

    /** Creates the head of a never-used GroupId at {@code version}; false if it exists. */
    public boolean create(String appId, String groupId, long version, boolean live) {
        return cql.session()
                .execute(cql.bind(
                                "INSERT INTO {ks}.group_heads (app_id, group_id, version, live) VALUES (?, ?, ?, ?)"
                                        + " IF NOT EXISTS",
                                appId,
                                groupId,
                                version,
                                live)
                        .setSerialConsistencyLevel(ConsistencyLevel.LOCAL_SERIAL))
                .wasApplied();
    }

    /** Moves the head from {@code expected} to {@code next}; false if another commit got there first. */
    public boolean advance(String appId, String groupId, long expected, long next, boolean live) {
        return cql.session()
                .execute(cql.bind(
                                "UPDATE {ks}.group_heads SET version = ?, live = ? WHERE app_id = ? AND group_id = ?"
                                        + " IF version = ?",
                                next,
                                live,
                                appId,
                                groupId,
                                expected)
                        .setSerialConsistencyLevel(ConsistencyLevel.LOCAL_SERIAL))
                .wasApplied();
    }
}
