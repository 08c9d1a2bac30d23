package dev.parley.relationship.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import jakarta.enterprise.context.ApplicationScoped;

import com.datastax.oss.driver.api.core.cql.AsyncResultSet;
import com.datastax.oss.driver.api.core.cql.Row;

import dev.parley.platform.cassandra.Cql;
import dev.parley.relationship.domain.Friend;
import dev.parley.relationship.domain.FriendRequest;

/** Reads of the relationship read model; every query is scoped by app id. */
@ApplicationScoped
public class RelationshipStore {
    private static final String FRIEND_COLUMNS =
            "friend_id, remark, groups, add_source, add_wording, add_time, remark_time, custom";
    private static final String REQUEST_COLUMNS =
            "requester_id, target_id, add_type, remark, group_name, add_source, add_wording, requested_at";

    private final Cql cql;

    RelationshipStore(Cql cql) {
        this.cql = cql;
    }

    /** One friend of the user. */
    public Optional<Friend> friend(String appId, String userId, String friendId) {
        Row row = cql.execute(
                        "SELECT " + FRIEND_COLUMNS
                                + " FROM {ks}.friends WHERE app_id = ? AND user_id = ? AND friend_id = ?",
                        appId,
                        userId,
                        friendId)
                .one();
        return Optional.ofNullable(row).map(RelationshipStore::friend);
    }

    /** The user's whole friend list, in friend id order. */
    public List<Friend> friends(String appId, String userId) {
        List<Friend> all = new ArrayList<>();
        for (Row row : cql.execute(
                "SELECT " + FRIEND_COLUMNS + " FROM {ks}.friends WHERE app_id = ? AND user_id = ?", appId, userId)) {
            all.add(friend(row));
        }
        return all;
    }

    /** How many friends the user has. */
    public long friendCount(String appId, String userId) {
        return cql.execute("SELECT COUNT(*) FROM {ks}.friends WHERE app_id = ? AND user_id = ?", appId, userId)
                .one()
                .getLong(0);
    }

    /** Which of {@code others} are in the user's friend list. */
    public Set<String> friendsAmong(String appId, String userId, Collection<String> others) {
        return membersAmong("friends", "friend_id", appId, userId, others);
    }

    /** Which of {@code others} have the user in their friend list. */
    public Set<String> friendOfAmong(String appId, String userId, Collection<String> others) {
        return reverseAmong("friends", "friend_id", appId, userId, others);
    }

    /** Which of {@code others} are in the user's blacklist. */
    public Set<String> blockedAmong(String appId, String userId, Collection<String> others) {
        return membersAmong("blacklist", "blocked_id", appId, userId, others);
    }

    /** Which of {@code others} have the user in their blacklist. */
    public Set<String> blockedByAmong(String appId, String userId, Collection<String> others) {
        return reverseAmong("blacklist", "blocked_id", appId, userId, others);
    }

    /** The user's blacklist: blocked user to the time it was added, in blocked id order. */
    public Map<String, Long> blacklist(String appId, String userId) {
        Map<String, Long> all = new LinkedHashMap<>();
        for (Row row : cql.execute(
                "SELECT blocked_id, added_at FROM {ks}.blacklist WHERE app_id = ? AND user_id = ?", appId, userId)) {
            all.put(row.getString(0), row.getLong(1));
        }
        return all;
    }

    /** How many users the user has blacklisted. */
    public long blacklistCount(String appId, String userId) {
        return cql.execute("SELECT COUNT(*) FROM {ks}.blacklist WHERE app_id = ? AND user_id = ?", appId, userId)
                .one()
                .getLong(0);
    }

    /** Pending requests sent to the user. */
    public List<FriendRequest> incomingRequests(String appId, String userId) {
        List<FriendRequest> all = new ArrayList<>();
        for (Row row : cql.execute(
                "SELECT " + REQUEST_COLUMNS + " FROM {ks}.friend_requests_in WHERE app_id = ? AND target_id = ?",
                appId,
                userId)) {
            all.add(request(row));
        }
        return all;
    }

    /** The pending request from {@code requesterId} to {@code targetId}, if any. */
    public Optional<FriendRequest> request(String appId, String requesterId, String targetId) {
        Row row = cql.execute(
                        "SELECT " + REQUEST_COLUMNS
                                + " FROM {ks}.friend_requests_in WHERE app_id = ? AND target_id = ? AND requester_id = ?",
                        appId,
                        targetId,
                        requesterId)
                .one();
        return Optional.ofNullable(row).map(RelationshipStore::request);
    }

    /** Targets of the user's pending outgoing requests: target to request time. */
    public Map<String, Long> outgoingRequests(String appId, String userId) {
        Map<String, Long> all = new LinkedHashMap<>();
        for (Row row : cql.execute(
                "SELECT target_id, requested_at FROM {ks}.friend_requests_out WHERE app_id = ? AND requester_id = ?",
                appId,
                userId)) {
            all.put(row.getString(0), row.getLong(1));
        }
        return all;
    }

    /** The user's friend lists, in name order. */
    public List<String> friendLists(String appId, String userId) {
        List<String> all = new ArrayList<>();
        for (Row row : cql.execute(
                "SELECT list_name FROM {ks}.friend_lists WHERE app_id = ? AND user_id = ?", appId, userId)) {
            all.add(row.getString(0));
        }
        return all;
    }

    /** The user's friend-list sequence (CurrentSequence), 0 before any list exists. */
    public long friendListSequence(String appId, String userId) {
        Row row = cql.execute(
                        "SELECT friend_list_sequence FROM {ks}.user_sequences WHERE app_id = ? AND user_id = ?",
                        appId,
                        userId)
                .one();
        return row == null ? 0 : row.getLong(0);
    }

    /** The user's profile: tag to JSON-encoded value (empty when nothing is set). */
    public Map<String, String> profile(String appId, String userId) {
        Row row = cql.execute("SELECT tags FROM {ks}.profiles WHERE app_id = ? AND user_id = ?", appId, userId)
                .one();
        return row == null ? new LinkedHashMap<>() : new LinkedHashMap<>(row.getMap(0, String.class, String.class));
    }

    private Set<String> membersAmong(String table, String column, String appId, String userId, Collection<String> ids) {
        Set<String> found = new HashSet<>();
        List<String> list = new ArrayList<>(ids);
        for (int from = 0; from < list.size(); from += 100) {
            cql.execute(
                            "SELECT " + column + " FROM {ks}." + table + " WHERE app_id = ? AND user_id = ? AND "
                                    + column + " IN ?",
                            appId,
                            userId,
                            list.subList(from, Math.min(list.size(), from + 100)))
                    .forEach(row -> found.add(row.getString(0)));
        }
        return found;
    }

    private Set<String> reverseAmong(String table, String column, String appId, String userId, Collection<String> ids) {
        // One single-row read per other user, at most 64 in flight (friend_check of 1,000 users stays bounded).
        Set<String> found = new HashSet<>();
        List<String> others = new ArrayList<>(new HashSet<>(ids));
        for (int from = 0; from < others.size(); from += 64) {
            Map<String, CompletableFuture<AsyncResultSet>> pending = new LinkedHashMap<>();
            for (String other : others.subList(from, Math.min(others.size(), from + 64))) {
                pending.put(
                        other,
                        cql.executeAsync(
                                        "SELECT " + column + " FROM {ks}." + table
                                                + " WHERE app_id = ? AND user_id = ? AND " + column + " = ?",
                                        appId,
                                        other,
                                        userId)
                                .toCompletableFuture());
            }
            pending.forEach((other, future) -> {
                if (future.join().one() != null) {
                    found.add(other);
                }
            });
        }
        return found;
    }

    private static Friend friend(Row row) {
        return new Friend(
                row.getString(0),
                nz(row.getString(1)),
                row.getList(2, String.class),
                nz(row.getString(3)),
                nz(row.getString(4)),
                row.getLong(5),
                row.getLong(6),
                new LinkedHashMap<>(row.getMap(7, String.class, String.class)));
    }

    private static FriendRequest request(Row row) {
        return new FriendRequest(
                row.getString(0),
                row.getString(1),
                row.getString(2),
                nz(row.getString(3)),
                nz(row.getString(4)),
                nz(row.getString(5)),
                nz(row.getString(6)),
                row.getLong(7));
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }
}
