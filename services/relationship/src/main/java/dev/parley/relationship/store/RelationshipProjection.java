package dev.parley.relationship.store;

import java.util.ArrayList;
import java.util.List;
import jakarta.enterprise.context.ApplicationScoped;

import com.datastax.oss.driver.api.core.cql.BatchStatement;
import com.datastax.oss.driver.api.core.cql.BatchStatementBuilder;
import com.datastax.oss.driver.api.core.cql.BoundStatement;
import com.datastax.oss.driver.api.core.cql.DefaultBatchType;

import dev.parley.model.envelope.EventEnvelope;
import dev.parley.model.relationship.events.BlacklistAdded;
import dev.parley.model.relationship.events.BlacklistRemoved;
import dev.parley.model.relationship.events.FriendAdded;
import dev.parley.model.relationship.events.FriendDeleted;
import dev.parley.model.relationship.events.FriendGroupsChanged;
import dev.parley.model.relationship.events.FriendRequestResolved;
import dev.parley.model.relationship.events.FriendRequested;
import dev.parley.model.relationship.events.FriendUpdated;
import dev.parley.model.relationship.events.ProfileChanged;
import dev.parley.model.relationship.events.RelationshipEvent;
import dev.parley.platform.cassandra.Cql;
import dev.parley.platform.cassandra.TimestampedWrites;

/**
 * Applies relationship facts to the read model, every write {@code USING TIMESTAMP <envelope sequence>}: applying a
 * fact twice, or an older one after a newer one, changes nothing (ADR-0008).
 */
@ApplicationScoped
public class RelationshipProjection {
    private final Cql cql;
    private final TimestampedWrites columns;

    RelationshipProjection(Cql cql, TimestampedWrites columns) {
        this.cql = cql;
        this.columns = columns;
    }

    /** Applies one fact; payloads of other streams are ignored. */
    public void apply(EventEnvelope envelope) {
        if (!(envelope.payload() instanceof RelationshipEvent event)) {
            return;
        }
        long ts = envelope.sequence();
        String app = event.appId();
        String user = event.userId();
        List<BoundStatement> writes = new ArrayList<>();
        if (event instanceof FriendAdded e) {
            writes.add(cql.bind(
                    "INSERT INTO {ks}.friends (app_id, user_id, friend_id, remark, groups, add_source, add_wording,"
                            + " add_time, remark_time, custom) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) USING TIMESTAMP ?",
                    app,
                    user,
                    e.friendId(),
                    nz(e.remark()),
                    e.groups(),
                    nz(e.addSource()),
                    nz(e.addWording()),
                    e.addTime(),
                    e.remarkTime(),
                    e.custom(),
                    ts));
        } else if (event instanceof FriendUpdated e) {
            String where = "app_id = ? AND user_id = ? AND friend_id = ?";
            if (e.remark() != null) {
                writes.add(cql.bind(
                        "UPDATE {ks}.friends USING TIMESTAMP ? SET remark = ?, remark_time = ? WHERE " + where,
                        ts,
                        e.remark(),
                        e.updatedAt(),
                        app,
                        user,
                        e.friendId()));
            }
            columns.setIfPresent(writes, "friends", "groups", ts, e.groups(), where, app, user, e.friendId());
            columns.mapDelta(writes, "friends", "custom", ts, e.custom(), where, app, user, e.friendId());
        } else if (event instanceof FriendDeleted e) {
            writes.add(cql.bind(
                    "DELETE FROM {ks}.friends USING TIMESTAMP ? WHERE app_id = ? AND user_id = ? AND friend_id = ?",
                    ts,
                    app,
                    user,
                    e.friendId()));
        } else if (event instanceof FriendRequested e) {
            writes.add(cql.bind(
                    "INSERT INTO {ks}.friend_requests_in (app_id, target_id, requester_id, add_type, remark,"
                            + " group_name, add_source, add_wording, requested_at)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) USING TIMESTAMP ?",
                    app,
                    e.targetId(),
                    user,
                    e.addType(),
                    nz(e.remark()),
                    nz(e.groupName()),
                    nz(e.addSource()),
                    nz(e.addWording()),
                    e.requestedAt(),
                    ts));
            writes.add(cql.bind(
                    "INSERT INTO {ks}.friend_requests_out (app_id, requester_id, target_id, requested_at)"
                            + " VALUES (?, ?, ?, ?) USING TIMESTAMP ?",
                    app,
                    user,
                    e.targetId(),
                    e.requestedAt(),
                    ts));
        } else if (event instanceof FriendRequestResolved e) {
            writes.add(cql.bind(
                    "DELETE FROM {ks}.friend_requests_in USING TIMESTAMP ? WHERE app_id = ? AND target_id = ?"
                            + " AND requester_id = ?",
                    ts,
                    app,
                    e.targetId(),
                    user));
            writes.add(cql.bind(
                    "DELETE FROM {ks}.friend_requests_out USING TIMESTAMP ? WHERE app_id = ? AND requester_id = ?"
                            + " AND target_id = ?",
                    ts,
                    app,
                    user,
                    e.targetId()));
        } else if (event instanceof FriendGroupsChanged e) {
            for (String name : e.added()) {
                writes.add(cql.bind(
                        "INSERT INTO {ks}.friend_lists (app_id, user_id, list_name) VALUES (?, ?, ?) USING TIMESTAMP ?",
                        app,
                        user,
                        name,
                        ts));
            }
            for (String name : e.deleted()) {
                writes.add(cql.bind(
                        "DELETE FROM {ks}.friend_lists USING TIMESTAMP ? WHERE app_id = ? AND user_id = ?"
                                + " AND list_name = ?",
                        ts,
                        app,
                        user,
                        name));
            }
            writes.add(cql.bind(
                    "UPDATE {ks}.user_sequences USING TIMESTAMP ? SET friend_list_sequence = ?"
                            + " WHERE app_id = ? AND user_id = ?",
                    ts,
                    e.sequence(),
                    app,
                    user));
        } else if (event instanceof BlacklistAdded e) {
            writes.add(cql.bind(
                    "INSERT INTO {ks}.blacklist (app_id, user_id, blocked_id, added_at) VALUES (?, ?, ?, ?)"
                            + " USING TIMESTAMP ?",
                    app,
                    user,
                    e.blockedId(),
                    e.addedAt(),
                    ts));
        } else if (event instanceof BlacklistRemoved e) {
            writes.add(cql.bind(
                    "DELETE FROM {ks}.blacklist USING TIMESTAMP ? WHERE app_id = ? AND user_id = ? AND blocked_id = ?",
                    ts,
                    app,
                    user,
                    e.blockedId()));
        } else if (event instanceof ProfileChanged e) {
            writes.add(cql.bind(
                    "UPDATE {ks}.profiles USING TIMESTAMP ? SET tags = tags + ? WHERE app_id = ? AND user_id = ?",
                    ts,
                    e.changes(),
                    app,
                    user));
        }
        if (writes.isEmpty()) {
            return;
        }
        BatchStatementBuilder batch = BatchStatement.builder(DefaultBatchType.UNLOGGED);
        writes.forEach(batch::addStatement);
        cql.session().execute(batch.build());
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }
}
