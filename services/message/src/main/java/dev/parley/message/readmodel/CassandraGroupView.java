package dev.parley.message.readmodel;

import java.util.Optional;
import jakarta.enterprise.context.ApplicationScoped;

import com.datastax.oss.driver.api.core.cql.Row;

import dev.parley.message.guard.GroupView;
import dev.parley.model.group.GroupType;
import dev.parley.platform.cassandra.Cql;

/** {@link GroupView} read from the tables {@link GroupViewProjection} writes. Every query is scoped by app id. */
@ApplicationScoped
public class CassandraGroupView implements GroupView {
    private final Cql cql;

    CassandraGroupView(Cql cql) {
        this.cql = cql;
    }

    @Override
    public Optional<Group> group(String appId, String groupId) {
        Row row = cql.execute(
                        "SELECT type_name, owner, mute_all, destroyed, version, create_time FROM {ks}.view_groups"
                                + " WHERE app_id = ? AND group_id = ?",
                        appId,
                        groupId)
                .one();
        if (row == null || row.getString(0) == null || row.getBoolean(3)) {
            return Optional.empty();
        }
        String typeName = row.getString(0);
        String owner = row.getString(1);
        long createTime = row.isNull(5) ? 0 : row.getLong(5); // null: projected before V009, unknown
        return GroupType.parse(typeName)
                .map(type -> new Group(
                        typeName, type, owner == null ? "" : owner, row.getBoolean(2), row.getLong(4), createTime));
    }

    /** A row with neither role nor mute (a live-room user whose mute was lifted) is no member. */
    @Override
    public Optional<Member> member(String appId, String groupId, String userId) {
        Row row = cql.execute(
                        "SELECT role, mute_until FROM {ks}.view_members WHERE app_id = ? AND group_id = ? AND user_id = ?",
                        appId,
                        groupId,
                        userId)
                .one();
        if (row == null) {
            return Optional.empty();
        }
        String role = row.getString(0);
        long muteUntil = row.getLong(1);
        if (role == null && muteUntil == 0) {
            return Optional.empty();
        }
        return Optional.of(new Member(role == null ? "Member" : role, muteUntil));
    }

    @Override
    public boolean presentInLiveRoom(String appId, String groupId, String userId) {
        return cql.execute(
                                "SELECT user_id FROM {ks}.view_live_presence WHERE app_id = ? AND group_id = ?"
                                        + " AND user_id = ?",
                                appId,
                                groupId,
                                userId)
                        .one()
                != null;
    }
}
