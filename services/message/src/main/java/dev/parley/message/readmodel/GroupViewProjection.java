package dev.parley.message.readmodel;

import java.util.ArrayList;
import java.util.List;
import jakarta.enterprise.context.ApplicationScoped;

import com.datastax.oss.driver.api.core.cql.BatchStatement;
import com.datastax.oss.driver.api.core.cql.BatchStatementBuilder;
import com.datastax.oss.driver.api.core.cql.BoundStatement;
import com.datastax.oss.driver.api.core.cql.DefaultBatchType;

import dev.parley.model.envelope.EventEnvelope;
import dev.parley.model.group.events.GroupCreated;
import dev.parley.model.group.events.GroupDestroyed;
import dev.parley.model.group.events.GroupEvent;
import dev.parley.model.group.events.GroupMuteAllChanged;
import dev.parley.model.group.events.GroupOwnerChanged;
import dev.parley.model.group.events.LiveRoomEntered;
import dev.parley.model.group.events.LiveRoomLeft;
import dev.parley.model.group.events.MemberJoined;
import dev.parley.model.group.events.MemberLeft;
import dev.parley.model.group.events.MemberMuted;
import dev.parley.model.group.events.MemberRoleChanged;
import dev.parley.model.group.events.MemberUnmuted;
import dev.parley.platform.cassandra.Cql;

/**
 * Applies group facts to the guard's group view, every write {@code USING TIMESTAMP <envelope sequence>}: applying
 * a fact twice, or an older fact after a newer one, changes nothing (ADR-0007). A destroyed group keeps its row
 * marked {@code destroyed}; its member and presence partitions are deleted at the destroy's sequence, so the facts
 * of a re-created group with the same id (higher sequences) are applied normally.
 */
@ApplicationScoped
public class GroupViewProjection {
    private static final String GROUP_KEY = " WHERE app_id = ? AND group_id = ?";
    private static final String MEMBER_KEY = " WHERE app_id = ? AND group_id = ? AND user_id = ?";

    private final Cql cql;

    GroupViewProjection(Cql cql) {
        this.cql = cql;
    }

    /** Applies one fact of {@code im.group.events}; other payloads are ignored. */
    public void apply(EventEnvelope envelope) {
        if (!(envelope.payload() instanceof GroupEvent event)) {
            return;
        }
        long ts = envelope.sequence();
        String app = event.appId();
        String group = event.groupId();
        List<BoundStatement> writes = new ArrayList<>();
        writes.add(
                cql.bind("UPDATE {ks}.view_groups USING TIMESTAMP ? SET version = ?" + GROUP_KEY, ts, ts, app, group));
        if (event instanceof GroupCreated e) {
            writes.add(cql.bind(
                    "UPDATE {ks}.view_groups USING TIMESTAMP ? SET type_name = ?, owner = ?, mute_all = false,"
                            + " destroyed = false, create_time = ?"
                            + GROUP_KEY,
                    ts,
                    e.type(),
                    e.owner() == null ? "" : e.owner(),
                    e.createTime(),
                    app,
                    group));
        } else if (event instanceof GroupDestroyed) {
            writes.add(cql.bind(
                    "UPDATE {ks}.view_groups USING TIMESTAMP ? SET destroyed = true" + GROUP_KEY, ts, app, group));
            writes.add(cql.bind("DELETE FROM {ks}.view_members USING TIMESTAMP ?" + GROUP_KEY, ts, app, group));
            writes.add(cql.bind("DELETE FROM {ks}.view_live_presence USING TIMESTAMP ?" + GROUP_KEY, ts, app, group));
        } else if (event instanceof GroupMuteAllChanged e) {
            writes.add(cql.bind(
                    "UPDATE {ks}.view_groups USING TIMESTAMP ? SET mute_all = ?" + GROUP_KEY,
                    ts,
                    e.muteAll(),
                    app,
                    group));
        } else if (event instanceof GroupOwnerChanged e) {
            writes.add(cql.bind(
                    "UPDATE {ks}.view_groups USING TIMESTAMP ? SET owner = ?" + GROUP_KEY,
                    ts,
                    e.newOwner(),
                    app,
                    group));
            writes.add(setRole(ts, app, group, e.newOwner(), "Owner"));
            if (e.previousOwner() != null && !e.previousOwner().isEmpty()) {
                writes.add(setRole(ts, app, group, e.previousOwner(), "Member"));
            }
        } else if (event instanceof MemberJoined e) {
            writes.add(cql.bind(
                    "INSERT INTO {ks}.view_members (app_id, group_id, user_id, role, mute_until) VALUES (?, ?, ?, ?, 0)"
                            + " USING TIMESTAMP ?",
                    app,
                    group,
                    e.userId(),
                    e.role(),
                    ts));
        } else if (event instanceof MemberLeft e) {
            writes.add(cql.bind(
                    "DELETE FROM {ks}.view_members USING TIMESTAMP ?" + MEMBER_KEY, ts, app, group, e.userId()));
        } else if (event instanceof MemberRoleChanged e) {
            writes.add(setRole(ts, app, group, e.userId(), e.role()));
        } else if (event instanceof MemberMuted e) {
            // In a live room the user has no member row: this writes a mute-only row (role null).
            writes.add(muteUntil(ts, app, group, e.userId(), e.muteUntil()));
        } else if (event instanceof MemberUnmuted e) {
            writes.add(muteUntil(ts, app, group, e.userId(), 0));
        } else if (event instanceof LiveRoomEntered e) {
            writes.add(cql.bind(
                    "INSERT INTO {ks}.view_live_presence (app_id, group_id, user_id) VALUES (?, ?, ?) USING TIMESTAMP ?",
                    app,
                    group,
                    e.userId(),
                    ts));
        } else if (event instanceof LiveRoomLeft e) {
            writes.add(cql.bind(
                    "DELETE FROM {ks}.view_live_presence USING TIMESTAMP ?" + MEMBER_KEY, ts, app, group, e.userId()));
        }
        BatchStatementBuilder batch = BatchStatement.builder(DefaultBatchType.UNLOGGED);
        writes.forEach(batch::addStatement);
        cql.session().execute(batch.build());
    }

    private BoundStatement setRole(long ts, String app, String group, String userId, String role) {
        return cql.bind(
                "UPDATE {ks}.view_members USING TIMESTAMP ? SET role = ?" + MEMBER_KEY, ts, role, app, group, userId);
    }

    private BoundStatement muteUntil(long ts, String app, String group, String userId, long until) {
        return cql.bind(
                "UPDATE {ks}.view_members USING TIMESTAMP ? SET mute_until = ?" + MEMBER_KEY,
                ts,
                until,
                app,
                group,
                userId);
    }
}
