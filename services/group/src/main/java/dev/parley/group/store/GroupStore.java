package dev.parley.group.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import jakarta.enterprise.context.ApplicationScoped;

import com.datastax.oss.driver.api.core.cql.AsyncResultSet;
import com.datastax.oss.driver.api.core.cql.Row;

import dev.parley.group.domain.GroupState;
import dev.parley.group.domain.MemberState;
import dev.parley.group.domain.Role;
import dev.parley.model.group.GroupType;
import dev.parley.platform.cassandra.Cql;

/** Reads of the group read model. Every query is scoped by app id. */
@ApplicationScoped
public class GroupStore {
    static final int SHARDS = 16;
    private static final String MEMBER_COLUMNS =
            "user_id, role, join_time, msg_flag, name_card, mute_until, app_defined_data, unread_msg_num";

    private final Cql cql;

    GroupStore(Cql cql) {
        this.cql = cql;
    }

    /** The commit head of a group, empty if the id was never used. */
    public Optional<Head> head(String appId, String groupId) {
        Row row = cql.execute(
                        "SELECT version, live FROM {ks}.group_heads WHERE app_id = ? AND group_id = ?", appId, groupId)
                .one();
        return row == null ? Optional.empty() : Optional.of(new Head(row.getLong(0), row.getBoolean(1)));
    }

    /**
     * The head of a group's commits.
     *
     * @param version the last sequence handed out
     * @param live false once destroyed
     */
    public record Head(long version, boolean live) {}

    /** The group, empty if it does not exist or was destroyed. */
    public Optional<GroupState> group(String appId, String groupId) {
        return groupRow(appId, groupId).filter(g -> !g.destroyed()).map(AppliedGroup::state);
    }

    /**
     * The applied row of a group, destroyed or not.
     *
     * @param state the group as last applied
     * @param destroyed whether the last applied fact destroyed it
     */
    public record AppliedGroup(GroupState state, boolean destroyed) {}

    /** The applied row of a group including destroyed ones; the version tells how far the projection got. */
    public Optional<AppliedGroup> groupRow(String appId, String groupId) {
        Row row = cql.execute(
                        "SELECT type_name, name, introduction, notification, face_url, owner, create_time, info_seq,"
                                + " last_info_time, max_member_num, apply_join_option, invite_join_option, mute_all,"
                                + " history_before_join, support_topic, app_defined_data, member_num, destroyed, version"
                                + " FROM {ks}.groups WHERE app_id = ? AND group_id = ?",
                        appId,
                        groupId)
                .one();
        if (row == null || row.getString(0) == null) {
            return Optional.empty();
        }
        String typeName = row.getString(0);
        GroupState state = new GroupState(
                appId,
                groupId,
                typeName,
                GroupType.parse(typeName).orElseThrow(),
                text(row.getString(1)),
                text(row.getString(2)),
                text(row.getString(3)),
                text(row.getString(4)),
                text(row.getString(5)),
                row.getLong(6),
                row.getLong(7),
                row.getLong(8),
                row.getInt(9),
                row.getString(10),
                row.getString(11),
                row.getBoolean(12),
                row.getBoolean(13),
                row.getBoolean(14),
                new LinkedHashMap<>(row.getMap(15, String.class, String.class)),
                row.getInt(16),
                row.getLong(18));
        return Optional.of(new AppliedGroup(state, row.getBoolean(17)));
    }

    /** One member, empty if the user is not a stored member. */
    public Optional<MemberState> member(String appId, String groupId, String userId) {
        Row row = cql.execute(
                        "SELECT " + MEMBER_COLUMNS
                                + " FROM {ks}.group_members WHERE app_id = ? AND group_id = ? AND user_id = ?",
                        appId,
                        groupId,
                        userId)
                .one();
        return Optional.ofNullable(row).map(GroupStore::member);
    }

    /** The stored members among {@code userIds}, by UserID. */
    public Map<String, MemberState> members(String appId, String groupId, Collection<String> userIds) {
        Map<String, MemberState> found = new HashMap<>();
        List<String> ids = new ArrayList<>(userIds);
        for (int from = 0; from < ids.size(); from += 100) {
            List<String> slice = ids.subList(from, Math.min(ids.size(), from + 100));
            for (Row row : cql.execute(
                    "SELECT " + MEMBER_COLUMNS
                            + " FROM {ks}.group_members WHERE app_id = ? AND group_id = ? AND user_id IN ?",
                    appId,
                    groupId,
                    slice)) {
                MemberState member = member(row);
                found.put(member.userId(), member);
            }
        }
        return found;
    }

    /** Every member in UserID order (the 6,000-member cap keeps this bounded). */
    public List<MemberState> allMembers(String appId, String groupId) {
        List<MemberState> all = new ArrayList<>();
        for (Row row : cql.execute(
                "SELECT " + MEMBER_COLUMNS + " FROM {ks}.group_members WHERE app_id = ? AND group_id = ?",
                appId,
                groupId)) {
            all.add(member(row));
        }
        return all;
    }

    /** Groups the user is a member of: GroupId to type name, in GroupId order. */
    public Map<String, String> joinedGroups(String appId, String userId) {
        Map<String, String> groups = new LinkedHashMap<>();
        for (Row row : cql.execute(
                "SELECT group_id, type_name FROM {ks}.user_groups WHERE app_id = ? AND user_id = ?", appId, userId)) {
            groups.put(row.getString(0), row.getString(1));
        }
        return groups;
    }

    /** How many groups each user is in, queried concurrently (at most 64 in flight). */
    public Map<String, Long> joinedCounts(String appId, Collection<String> userIds) {
        Map<String, Long> counts = new HashMap<>();
        List<String> users = new ArrayList<>(userIds);
        for (int from = 0; from < users.size(); from += 64) {
            Map<String, CompletableFuture<Long>> pending = new LinkedHashMap<>();
            for (String userId : users.subList(from, Math.min(users.size(), from + 64))) {
                CompletionStage<AsyncResultSet> stage = cql.executeAsync(
                        "SELECT COUNT(*) FROM {ks}.user_groups WHERE app_id = ? AND user_id = ?", appId, userId);
                pending.put(userId, stage.thenApply(rs -> rs.one().getLong(0)).toCompletableFuture());
            }
            pending.forEach((userId, future) -> counts.put(userId, future.join()));
        }
        return counts;
    }

    /** Groups of the app per type name, counted over the 16 shards. */
    public Map<String, Long> groupCountsByType(String appId) {
        Map<String, Long> counts = new HashMap<>();
        for (int shard = 0; shard < SHARDS; shard++) {
            for (Row row :
                    cql.execute("SELECT type_name FROM {ks}.app_groups WHERE app_id = ? AND shard = ?", appId, shard)) {
                counts.merge(row.getString(0), 1L, Long::sum);
            }
        }
        return counts;
    }

    /** Every GroupId of the app with its type name, in shard then GroupId order. */
    public List<Map.Entry<String, String>> appGroups(String appId) {
        List<Map.Entry<String, String>> all = new ArrayList<>();
        for (int shard = 0; shard < SHARDS; shard++) {
            for (Row row : cql.execute(
                    "SELECT group_id, type_name FROM {ks}.app_groups WHERE app_id = ? AND shard = ?", appId, shard)) {
                all.add(Map.entry(row.getString(0), row.getString(1)));
            }
        }
        return all;
    }

    /** Pending join requests of a group: applicant to (message, requestedAt). */
    public Map<String, JoinRequest> joinRequests(String appId, String groupId) {
        Map<String, JoinRequest> requests = new LinkedHashMap<>();
        for (Row row : cql.execute(
                "SELECT applicant, message, requested_at FROM {ks}.join_requests WHERE app_id = ? AND group_id = ?",
                appId,
                groupId)) {
            requests.put(row.getString(0), new JoinRequest(row.getString(0), text(row.getString(1)), row.getLong(2)));
        }
        return requests;
    }

    /**
     * A pending application.
     *
     * @param applicant UserID
     * @param message application text
     * @param requestedAt epoch seconds
     */
    public record JoinRequest(String applicant, String message, long requestedAt) {}

    /** Group attributes, key to value. */
    public Map<String, String> attrs(String appId, String groupId) {
        Map<String, String> attrs = new LinkedHashMap<>();
        for (Row row : cql.execute(
                "SELECT attr_key, attr_value FROM {ks}.group_attrs WHERE app_id = ? AND group_id = ?",
                appId,
                groupId)) {
            attrs.put(row.getString(0), row.getString(1));
        }
        return attrs;
    }

    /** Users present in a live room: UserID to entry time, in UserID order. */
    public Map<String, Long> presence(String appId, String groupId) {
        Map<String, Long> present = new LinkedHashMap<>();
        for (Row row : cql.execute(
                "SELECT user_id, entered_at FROM {ks}.live_presence WHERE app_id = ? AND group_id = ?",
                appId,
                groupId)) {
            present.put(row.getString(0), row.getLong(1));
        }
        return present;
    }

    /** The live room the user is in, if any. */
    public Optional<String> liveRoomOf(String appId, String userId) {
        Row row = cql.execute(
                        "SELECT group_id FROM {ks}.user_live_room WHERE app_id = ? AND user_id = ?", appId, userId)
                .one();
        return Optional.ofNullable(row).map(r -> r.getString(0));
    }

    static int shard(String groupId) {
        return Math.floorMod(groupId.hashCode(), SHARDS);
    }

    private static MemberState member(Row row) {
        return new MemberState(
                row.getString(0),
                Role.parse(row.getString(1)).orElse(Role.MEMBER),
                row.getLong(2),
                text(row.getString(3)),
                text(row.getString(4)),
                row.getLong(5),
                new LinkedHashMap<>(row.getMap(6, String.class, String.class)),
                row.getLong(7));
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
