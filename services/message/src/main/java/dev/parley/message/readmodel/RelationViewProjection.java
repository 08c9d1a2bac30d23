package dev.parley.message.readmodel;

import jakarta.enterprise.context.ApplicationScoped;

import dev.parley.model.envelope.EventEnvelope;
import dev.parley.model.relationship.events.BlacklistAdded;
import dev.parley.model.relationship.events.BlacklistRemoved;
import dev.parley.model.relationship.events.FriendAdded;
import dev.parley.model.relationship.events.FriendDeleted;
import dev.parley.model.relationship.events.RelationshipEvent;
import dev.parley.platform.cassandra.Cql;

/**
 * Applies friend and blacklist facts to the guard's relationship view, every write {@code USING TIMESTAMP
 * <envelope sequence>} (a monotonic microsecond clock): re-applying a fact, or an older one after a newer one,
 * changes nothing (ADR-0008). Other relationship facts do not matter to the guard and are ignored.
 */
@ApplicationScoped
public class RelationViewProjection {
    private final Cql cql;

    RelationViewProjection(Cql cql) {
        this.cql = cql;
    }

    /** Applies one fact of {@code im.relationship.events}; other payloads are ignored. */
    public void apply(EventEnvelope envelope) {
        if (!(envelope.payload() instanceof RelationshipEvent event)) {
            return;
        }
        long ts = envelope.sequence();
        String app = event.appId();
        String user = event.userId();
        if (event instanceof FriendAdded e) {
            cql.execute(
                    "INSERT INTO {ks}.view_friends (app_id, user_id, friend_id) VALUES (?, ?, ?) USING TIMESTAMP ?",
                    app,
                    user,
                    e.friendId(),
                    ts);
        } else if (event instanceof FriendDeleted e) {
            cql.execute(
                    "DELETE FROM {ks}.view_friends USING TIMESTAMP ? WHERE app_id = ? AND user_id = ? AND friend_id = ?",
                    ts,
                    app,
                    user,
                    e.friendId());
        } else if (event instanceof BlacklistAdded e) {
            cql.execute(
                    "INSERT INTO {ks}.view_blacklist (app_id, user_id, blocked_id) VALUES (?, ?, ?) USING TIMESTAMP ?",
                    app,
                    user,
                    e.blockedId(),
                    ts);
        } else if (event instanceof BlacklistRemoved e) {
            cql.execute(
                    "DELETE FROM {ks}.view_blacklist USING TIMESTAMP ? WHERE app_id = ? AND user_id = ?"
                            + " AND blocked_id = ?",
                    ts,
                    app,
                    user,
                    e.blockedId());
        }
    }
}
