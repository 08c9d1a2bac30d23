package dev.parley.message.readmodel;

import jakarta.enterprise.context.ApplicationScoped;

import dev.parley.message.guard.RelationView;
import dev.parley.platform.cassandra.Cql;

/** {@link RelationView} read from the tables {@link RelationViewProjection} writes. Every query is scoped by app id. */
@ApplicationScoped
public class CassandraRelationView implements RelationView {
    private final Cql cql;

    CassandraRelationView(Cql cql) {
        this.cql = cql;
    }

    @Override
    public boolean isFriend(String appId, String userId, String friendId) {
        return cql.execute(
                                "SELECT friend_id FROM {ks}.view_friends WHERE app_id = ? AND user_id = ?"
                                        + " AND friend_id = ?",
                                appId,
                                userId,
                                friendId)
                        .one()
                != null;
    }

    @Override
    public boolean blocks(String appId, String userId, String blockedId) {
        return cql.execute(
                                "SELECT blocked_id FROM {ks}.view_blacklist WHERE app_id = ? AND user_id = ?"
                                        + " AND blocked_id = ?",
                                appId,
                                userId,
                                blockedId)
                        .one()
                != null;
    }
}
