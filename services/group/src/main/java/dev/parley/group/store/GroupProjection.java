package dev.parley.group.store;

import java.util.ArrayList;
import java.util.List;
import jakarta.enterprise.context.ApplicationScoped;

import com.datastax.oss.driver.api.core.cql.BatchStatement;
import com.datastax.oss.driver.api.core.cql.BatchStatementBuilder;
import com.datastax.oss.driver.api.core.cql.BoundStatement;
import com.datastax.oss.driver.api.core.cql.DefaultBatchType;

import dev.parley.model.envelope.EventEnvelope;
import dev.parley.model.group.events.GroupAttrsChanged;
import dev.parley.model.group.events.GroupCreated;
import dev.parley.model.group.events.GroupDestroyed;
import dev.parley.model.group.events.GroupEvent;
import dev.parley.model.group.events.GroupInfoChanged;
import dev.parley.model.group.events.GroupMuteAllChanged;
import dev.parley.model.group.events.GroupOwnerChanged;
import dev.parley.model.group.events.JoinRequestDecided;
import dev.parley.model.group.events.JoinRequested;
import dev.parley.model.group.events.LiveRoomEntered;
import dev.parley.model.group.events.LiveRoomLeft;
import dev.parley.model.group.events.MemberInfoChanged;
import dev.parley.model.group.events.MemberJoined;
import dev.parley.model.group.events.MemberLeft;
import dev.parley.model.group.events.MemberMuted;
import dev.parley.model.group.events.MemberRoleChanged;
import dev.parley.model.group.events.MemberUnmuted;
import dev.parley.platform.cassandra.Cql;
import dev.parley.platform.cassandra.TimestampedWrites;

/**
 * Applies group events to the read model. Every write carries {@code USING TIMESTAMP <event sequence>}, so applying
 * an event twice, or an older event after a newer one, changes nothing: the command path and the projection
 * consumer may both apply the same fact, and a replay from the topic rebuilds the same rows.
 */
@ApplicationScoped
public class GroupProjection {
    private final Cql cql;
    private final TimestampedWrites columns;

    GroupProjection(Cql cql, TimestampedWrites columns) {
        this.cql = cql;
        this.columns = columns;
    }

    /** Applies one event of {@code im.group.events}; other payloads are ignored. */
    public void apply(EventEnvelope envelope) {
        if (!(envelope.payload() instanceof GroupEvent event)) {
            return;
        }
        long ts = envelope.sequence();
        long eventTime = envelope.occurredAt().toEpochMilli() * 1000;
        List<BoundStatement> writes = new ArrayList<>();
        String app = event.appId();
        String group = event.groupId();
        writes.add(cql.bind(
                "UPDATE {ks}.groups USING TIMESTAMP ? SET version = ? WHERE app_id = ? AND group_id = ?",
                ts,
                ts,
                app,
                group));
        if (event instanceof GroupCreated e) {
            writes.add(cql.bind(
                    "UPDATE {ks}.groups USING TIMESTAMP ? SET type_name = ?, name = ?, introduction = ?,"
                            + " notification = ?, face_url = ?, owner = ?, create_time = ?, info_seq = 1,"
                            + " last_info_time = ?, max_member_num = ?, apply_join_option = ?,"
                            + " invite_join_option = ?, mute_all = false, history_before_join = ?,"
                            + " support_topic = ?, app_defined_data = ?, member_num = 0, destroyed = false"
                            + " WHERE app_id = ? AND group_id = ?",
                    ts,
                    e.type(),
                    e.name(),
                    nz(e.introduction()),
                    nz(e.notification()),
                    nz(e.faceUrl()),
                    nz(e.owner()),
                    e.createTime(),
                    e.createTime(),
                    e.maxMemberNum(),
                    e.applyJoinOption(),
                    e.inviteJoinOption(),
                    e.historyBeforeJoin(),
                    e.supportTopic(),
                    e.appDefinedData(),
                    app,
                    group));
            writes.add(cql.bind(
                    "INSERT INTO {ks}.app_groups (app_id, shard, group_id, type_name) VALUES (?, ?, ?, ?)"
                            + " USING TIMESTAMP ?",
                    app,
                    GroupStore.shard(group),
                    group,
                    e.type(),
                    ts));
        } else if (event instanceof GroupInfoChanged e) {
            writes.add(cql.bind(
                    "UPDATE {ks}.groups USING TIMESTAMP ? SET info_seq = ?, last_info_time = ?"
                            + " WHERE app_id = ? AND group_id = ?",
                    ts,
                    e.infoSeq(),
                    e.changedAt(),
                    app,
                    group));
            columns.setIfPresent(writes, "groups", "name", ts, e.name(), "app_id = ? AND group_id = ?", app, group);
            columns.setIfPresent(
                    writes, "groups", "introduction", ts, e.introduction(), "app_id = ? AND group_id = ?", app, group);
            columns.setIfPresent(
                    writes, "groups", "notification", ts, e.notification(), "app_id = ? AND group_id = ?", app, group);
            columns.setIfPresent(
                    writes, "groups", "face_url", ts, e.faceUrl(), "app_id = ? AND group_id = ?", app, group);
            columns.setIfPresent(
                    writes,
                    "groups",
                    "max_member_num",
                    ts,
                    e.maxMemberNum(),
                    "app_id = ? AND group_id = ?",
                    app,
                    group);
            columns.setIfPresent(
                    writes,
                    "groups",
                    "apply_join_option",
                    ts,
                    e.applyJoinOption(),
                    "app_id = ? AND group_id = ?",
                    app,
                    group);
            columns.setIfPresent(
                    writes,
                    "groups",
                    "invite_join_option",
                    ts,
                    e.inviteJoinOption(),
                    "app_id = ? AND group_id = ?",
                    app,
                    group);
            columns.setIfPresent(
                    writes,
                    "groups",
                    "history_before_join",
                    ts,
                    e.historyBeforeJoin(),
                    "app_id = ? AND group_id = ?",
                    app,
                    group);
            columns.mapDelta(
                    writes,
                    "groups",
                    "app_defined_data",
                    ts,
                    e.appDefinedData(),
                    "app_id = ? AND group_id = ?",
                    app,
                    group);
        } else if (event instanceof GroupMuteAllChanged e) {
            writes.add(cql.bind(
                    "UPDATE {ks}.groups USING TIMESTAMP ? SET mute_all = ? WHERE app_id = ? AND group_id = ?",
                    ts,
                    e.muteAll(),
                    app,
                    group));
        } else if (event instanceof GroupOwnerChanged e) {
            writes.add(cql.bind(
                    "UPDATE {ks}.groups USING TIMESTAMP ? SET owner = ? WHERE app_id = ? AND group_id = ?",
                    ts,
                    e.newOwner(),
                    app,
                    group));
            memberColumn(writes, ts, app, group, e.newOwner(), "role", "Owner");
            if (e.previousOwner() != null && !e.previousOwner().isEmpty()) {
                memberColumn(writes, ts, app, group, e.previousOwner(), "role", "Member");
            }
        } else if (event instanceof GroupDestroyed e) {
            writes.add(cql.bind(
                    "UPDATE {ks}.groups USING TIMESTAMP ? SET destroyed = true, member_num = 0"
                            + " WHERE app_id = ? AND group_id = ?",
                    ts,
                    app,
                    group));
            for (String table : List.of("group_members", "join_requests", "group_attrs", "live_presence")) {
                writes.add(cql.bind(
                        "DELETE FROM {ks}." + table + " USING TIMESTAMP ? WHERE app_id = ? AND group_id = ?",
                        ts,
                        app,
                        group));
            }
            writes.add(cql.bind(
                    "DELETE FROM {ks}.app_groups USING TIMESTAMP ? WHERE app_id = ? AND shard = ? AND group_id = ?",
                    ts,
                    app,
                    GroupStore.shard(group),
                    group));
            for (String member : e.members()) {
                writes.add(cql.bind(
                        "DELETE FROM {ks}.user_groups USING TIMESTAMP ? WHERE app_id = ? AND user_id = ?"
                                + " AND group_id = ?",
                        ts,
                        app,
                        member,
                        group));
                writes.add(leaveLiveRoom(eventTime, app, member));
            }
        } else if (event instanceof MemberJoined e) {
            writes.add(cql.bind(
                    "INSERT INTO {ks}.group_members (app_id, group_id, user_id, role, join_time, msg_flag,"
                            + " name_card, mute_until, app_defined_data, unread_msg_num)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?, ?) USING TIMESTAMP ?",
                    app,
                    group,
                    e.userId(),
                    e.role(),
                    e.joinTime(),
                    nz(e.msgFlag()),
                    nz(e.nameCard()),
                    e.appDefinedData(),
                    e.unreadMsgNum(),
                    ts));
            writes.add(memberNum(ts, app, group, e.memberNum()));
            writes.add(cql.bind(
                    "INSERT INTO {ks}.user_groups (app_id, user_id, group_id, type_name, join_time)"
                            + " VALUES (?, ?, ?, ?, ?) USING TIMESTAMP ?",
                    app,
                    e.userId(),
                    group,
                    e.groupType(),
                    e.joinTime(),
                    ts));
            writes.add(cql.bind(
                    "DELETE FROM {ks}.join_requests USING TIMESTAMP ? WHERE app_id = ? AND group_id = ?"
                            + " AND applicant = ?",
                    ts,
                    app,
                    group,
                    e.userId()));
        } else if (event instanceof MemberLeft e) {
            writes.add(cql.bind(
                    "DELETE FROM {ks}.group_members USING TIMESTAMP ? WHERE app_id = ? AND group_id = ?"
                            + " AND user_id = ?",
                    ts,
                    app,
                    group,
                    e.userId()));
            writes.add(cql.bind(
                    "DELETE FROM {ks}.user_groups USING TIMESTAMP ? WHERE app_id = ? AND user_id = ?"
                            + " AND group_id = ?",
                    ts,
                    app,
                    e.userId(),
                    group));
            writes.add(memberNum(ts, app, group, e.memberNum()));
        } else if (event instanceof MemberRoleChanged e) {
            memberColumn(writes, ts, app, group, e.userId(), "role", e.role());
        } else if (event instanceof MemberMuted e) {
            memberColumn(writes, ts, app, group, e.userId(), "mute_until", e.muteUntil());
        } else if (event instanceof MemberUnmuted e) {
            memberColumn(writes, ts, app, group, e.userId(), "mute_until", 0L);
        } else if (event instanceof MemberInfoChanged e) {
            String where = "app_id = ? AND group_id = ? AND user_id = ?";
            columns.setIfPresent(writes, "group_members", "name_card", ts, e.nameCard(), where, app, group, e.userId());
            columns.setIfPresent(writes, "group_members", "msg_flag", ts, e.msgFlag(), where, app, group, e.userId());
            columns.setIfPresent(
                    writes, "group_members", "unread_msg_num", ts, e.unreadMsgNum(), where, app, group, e.userId());
            columns.mapDelta(
                    writes, "group_members", "app_defined_data", ts, e.appDefinedData(), where, app, group, e.userId());
        } else if (event instanceof JoinRequested e) {
            writes.add(cql.bind(
                    "INSERT INTO {ks}.join_requests (app_id, group_id, applicant, message, requested_at)"
                            + " VALUES (?, ?, ?, ?, ?) USING TIMESTAMP ?",
                    app,
                    group,
                    e.applicant(),
                    nz(e.message()),
                    e.requestedAt(),
                    ts));
        } else if (event instanceof JoinRequestDecided e) {
            writes.add(cql.bind(
                    "DELETE FROM {ks}.join_requests USING TIMESTAMP ? WHERE app_id = ? AND group_id = ?"
                            + " AND applicant = ?",
                    ts,
                    app,
                    group,
                    e.applicant()));
        } else if (event instanceof GroupAttrsChanged e) {
            if (!"Modify".equals(e.mode())) {
                writes.add(cql.bind(
                        "DELETE FROM {ks}.group_attrs USING TIMESTAMP ? WHERE app_id = ? AND group_id = ?",
                        ts - 1,
                        app,
                        group));
            }
            e.attrs()
                    .forEach((key, value) -> writes.add(cql.bind(
                            "INSERT INTO {ks}.group_attrs (app_id, group_id, attr_key, attr_value) VALUES (?, ?, ?, ?)"
                                    + " USING TIMESTAMP ?",
                            app,
                            group,
                            key,
                            value,
                            ts)));
        } else if (event instanceof LiveRoomEntered e) {
            writes.add(cql.bind(
                    "INSERT INTO {ks}.live_presence (app_id, group_id, user_id, entered_at) VALUES (?, ?, ?, ?)"
                            + " USING TIMESTAMP ?",
                    app,
                    group,
                    e.userId(),
                    e.enteredAt(),
                    ts));
            writes.add(memberNum(ts, app, group, e.onlineMemberNum()));
            writes.add(cql.bind(
                    "INSERT INTO {ks}.user_live_room (app_id, user_id, group_id) VALUES (?, ?, ?)"
                            + " USING TIMESTAMP ?",
                    app,
                    e.userId(),
                    group,
                    eventTime));
        } else if (event instanceof LiveRoomLeft e) {
            writes.add(cql.bind(
                    "DELETE FROM {ks}.live_presence USING TIMESTAMP ? WHERE app_id = ? AND group_id = ?"
                            + " AND user_id = ?",
                    ts,
                    app,
                    group,
                    e.userId()));
            writes.add(memberNum(ts, app, group, e.onlineMemberNum()));
            writes.add(leaveLiveRoom(eventTime, app, e.userId()));
        }
        execute(writes);
    }

    private void execute(List<BoundStatement> writes) {
        for (int from = 0; from < writes.size(); from += 50) {
            BatchStatementBuilder batch = BatchStatement.builder(DefaultBatchType.UNLOGGED);
            writes.subList(from, Math.min(writes.size(), from + 50)).forEach(batch::addStatement);
            cql.session().execute(batch.build());
        }
    }

    /**
     * The user's live room is written with the event time as timestamp: entering room B after room A (facts of two
     * groups) must win over A's departure whatever order they are applied in.
     */
    private BoundStatement leaveLiveRoom(long eventTime, String app, String userId) {
        return cql.bind(
                "DELETE FROM {ks}.user_live_room USING TIMESTAMP ? WHERE app_id = ? AND user_id = ?",
                eventTime,
                app,
                userId);
    }

    /** One column of one member row, written at the fact's sequence. */
    private void memberColumn(
            List<BoundStatement> writes,
            long ts,
            String app,
            String group,
            String userId,
            String column,
            Object value) {
        columns.setIfPresent(
                writes,
                "group_members",
                column,
                ts,
                value,
                "app_id = ? AND group_id = ? AND user_id = ?",
                app,
                group,
                userId);
    }

    private BoundStatement memberNum(long ts, String app, String group, int memberNum) {
        return cql.bind(
                "UPDATE {ks}.groups USING TIMESTAMP ? SET member_num = ? WHERE app_id = ? AND group_id = ?",
                ts,
                memberNum,
                app,
                group);
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }
}
