package dev.parley.message.readmodel;

import java.util.concurrent.CompletionStage;
import jakarta.enterprise.context.ApplicationScoped;

import dev.parley.message.guard.RelationView;
import dev.parley.platform.cassandra.Cql;

/** {@link RelationView} read from the tables {@link RelationViewProjection} writes. Every query is scoped by app id. */
@ApplicationScoped
public class CassandraRelationView implements RelationView {
    private static final String BLOCKS =
            "SELECT blocked_id FROM {ks}.view_blacklist WHERE app_id = ? AND user_id = ? AND blocked_id = ?";

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
        return cql.execute(BLOCKS, appId, userId, blockedId).one() != null;
    }

    @Override
    public CompletionStage<Boolean> blocksAsync(String appId, String userId, String blockedId) {
        return cql.executeAsync(BLOCKS, appId, userId, blockedId).thenApply(rows -> rows.one() != null);
    }
}
