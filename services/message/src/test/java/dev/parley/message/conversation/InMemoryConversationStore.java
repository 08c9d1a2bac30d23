package dev.parley.message.conversation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * {@link ConversationStore} in memory with Cassandra's write-time rules, so that tests of the projection see what
 * re-applied and reordered facts do: a cell keeps the value with the highest write time, and a range delete hides
 * every row it covers whose write time is not higher than its own.
 */
final class InMemoryConversationStore implements ConversationStore {
    /** One cell: a value and its write time. */
    private static final class Cell<T> {
        T value;
        long ts = Long.MIN_VALUE;

        void write(T newValue, long writeTs) {
            if (writeTs >= ts) {
                value = newValue;
                ts = writeTs;
            }
        }
    }

    private static final class Row {
        final Cell<Integer> type = new Cell<>();
        final Cell<String> peer = new Cell<>();
        final Cell<LastMessage> last = new Cell<>();
        final Cell<Long> recalled = new Cell<>();
        final Cell<Long> read = new Cell<>();
        final Cell<Long> deleted = new Cell<>();
        final Cell<Boolean> pinned = new Cell<>();
        final Cell<Boolean> member = new Cell<>();
        final Cell<ReadPoint> point = new Cell<>();
        final Cell<String> resolvedId = new Cell<>();
        final Cell<Long> resolvedCount = new Cell<>();
    }

    private record Unread(long msgTime, long ts) {}

    private record RangeDelete(long upTo, long ts) {}

    private long clock = 1_000_000_000_000L;
    private final Map<String, Row> rows = new HashMap<>();
    private final Map<String, TreeMap<Long, Unread>> unread = new HashMap<>();
    private final Map<String, List<RangeDelete>> unreadDeletes = new HashMap<>();
    private final Map<String, GroupConversation> groups = new HashMap<>();
    private final Map<String, Cell<LastMessage>> groupLast = new HashMap<>();
    private final Map<String, Cell<Long>> groupRecalled = new HashMap<>();
    private final Map<String, TreeMap<Long, GroupMark>> marks = new HashMap<>();

    private long now() {
        return ++clock;
    }

    private static String key(String... parts) {
        return String.join("|", parts);
    }

    private Row row(String appId, String userId, String conversationId) {
        return rows.computeIfAbsent(key(appId, userId, conversationId), k -> new Row());
    }

    @Override
    public void showLast(String appId, String userId, String conversationId, int type, String peer, LastMessage last) {
        Row row = row(appId, userId, conversationId);
        long ts = CassandraConversationStore.ts(last.seq());
        row.type.write(type, ts);
        row.peer.write(peer, ts);
        row.last.write(last, ts);
    }

    @Override
    public void recalled(String appId, String userId, String conversationId, long seq) {
        row(appId, userId, conversationId).recalled.write(seq, CassandraConversationStore.ts(seq));
    }

    @Override
    public void markRead(String appId, String userId, String conversationId, long seq) {
        long ts = CassandraConversationStore.ts(seq);
        unreadDeletes
                .computeIfAbsent(key(appId, userId, conversationId), k -> new ArrayList<>())
                .add(new RangeDelete(seq, ts));
        row(appId, userId, conversationId).read.write(seq, ts);
    }

    @Override
    public void markDeleted(String appId, String userId, String conversationId, long seq) {
        row(appId, userId, conversationId).deleted.write(seq, CassandraConversationStore.ts(seq));
    }

    @Override
    public void setPinned(String appId, String userId, String conversationId, int type, String peer, boolean pinned) {
        Row row = row(appId, userId, conversationId);
        long ts = now();
        row.type.write(type, ts);
        row.peer.write(peer, ts);
        row.pinned.write(pinned, ts);
    }

    @Override
    public Optional<ConversationEntry> entry(String appId, String userId, String conversationId) {
        Row row = rows.get(key(appId, userId, conversationId));
        return row == null ? Optional.empty() : Optional.of(entry(conversationId, row));
    }

    @Override
    public List<ConversationEntry> entries(String appId, String userId) {
        List<ConversationEntry> entries = new ArrayList<>();
        String prefix = key(appId, userId) + "|";
        rows.forEach((k, row) -> {
            if (k.startsWith(prefix)) {
                entries.add(entry(k.substring(prefix.length()), row));
            }
        });
        return entries;
    }

    private static ConversationEntry entry(String conversationId, Row row) {
        return new ConversationEntry(
                conversationId,
                row.type.value == null ? 0 : row.type.value,
                row.peer.value == null ? "" : row.peer.value,
                row.last.value,
                row.recalled.value == null ? 0 : row.recalled.value,
                row.read.value == null ? 0 : row.read.value,
                row.deleted.value == null ? -1 : row.deleted.value,
                Boolean.TRUE.equals(row.pinned.value),
                Boolean.TRUE.equals(row.member.value),
                row.point.value,
                row.resolvedId.value,
                row.resolvedCount.value == null ? 0 : row.resolvedCount.value);
    }

    @Override
    public void addUnread(String appId, String userId, String conversationId, long seq, long msgTime) {
        TreeMap<Long, Unread> rowsOf = unread.computeIfAbsent(key(appId, userId, conversationId), k -> new TreeMap<>());
        long ts = CassandraConversationStore.ts(seq);
        Unread existing = rowsOf.get(seq);
        if (existing == null || ts >= existing.ts()) {
            rowsOf.put(seq, new Unread(msgTime, ts));
        }
    }

    private Map<Long, Unread> visibleUnread(String appId, String userId, String conversationId) {
        Map<Long, Unread> visible = new TreeMap<>();
        List<RangeDelete> deletes = unreadDeletes.getOrDefault(key(appId, userId, conversationId), List.of());
        unread.getOrDefault(key(appId, userId, conversationId), new TreeMap<>()).forEach((seq, u) -> {
            boolean shadowed = deletes.stream().anyMatch(d -> d.upTo() >= seq && d.ts() >= u.ts());
            if (!shadowed) {
                visible.put(seq, u);
            }
        });
        return visible;
    }

    @Override
    public Map<String, Long> unreadCounts(String appId, String userId) {
        Map<String, Long> counts = new HashMap<>();
        String prefix = key(appId, userId) + "|";
        for (String k : unread.keySet()) {
            if (k.startsWith(prefix)) {
                String conversation = k.substring(prefix.length());
                long count = visibleUnread(appId, userId, conversation).size();
                if (count > 0) {
                    counts.put(conversation, count);
                }
            }
        }
        return counts;
    }

    @Override
    public long unreadCount(String appId, String userId, String conversationId) {
        return visibleUnread(appId, userId, conversationId).size();
    }

    @Override
    public long newestUnreadAtOrBefore(String appId, String userId, String conversationId, long msgTime) {
        long newest = 0;
        for (Map.Entry<Long, Unread> e :
                visibleUnread(appId, userId, conversationId).entrySet()) {
            if (e.getValue().msgTime() <= msgTime) {
                newest = Math.max(newest, e.getKey());
            }
        }
        return newest;
    }

    @Override
    public void joined(String appId, String userId, String groupId, long version, long joinedMs) {
        Row row = row(appId, userId, ConversationIds.group(groupId));
        row.type.write(ConversationEntry.GROUP, version);
        row.peer.write(groupId, version);
        row.member.write(true, version);
    }

    @Override
    public void left(String appId, String userId, String groupId, long version) {
        row(appId, userId, ConversationIds.group(groupId)).member.write(false, version);
    }

    @Override
    public void destroyed(String appId, String groupId, Collection<String> members, long version) {
        members.forEach(m -> left(appId, m, groupId, version));
    }

    @Override
    public void setPoint(String appId, String userId, String conversationId, ReadPoint point) {
        row(appId, userId, conversationId).point.write(point, now());
    }

    @Override
    public void resolved(String appId, String userId, String conversationId, String pointKey, long counted) {
        Row row = row(appId, userId, conversationId);
        long ts = now();
        row.resolvedId.write(pointKey, ts);
        row.resolvedCount.write(counted, ts);
    }

    @Override
    public GroupConversation group(String appId, String groupId) {
        GroupConversation counters = groups.getOrDefault(key(appId, groupId), GroupConversation.empty(groupId));
        Cell<LastMessage> last = groupLast.get(key(appId, groupId));
        Cell<Long> recalled = groupRecalled.get(key(appId, groupId));
        return new GroupConversation(
                groupId,
                last == null ? null : last.value,
                recalled == null ? 0 : recalled.value,
                counters.counted(),
                counters.countedSeq(),
                counters.countedMs());
    }

    @Override
    public Map<String, GroupConversation> groups(String appId, Collection<String> groupIds) {
        Map<String, GroupConversation> found = new HashMap<>();
        for (String id : groupIds) {
            if (groups.containsKey(key(appId, id)) || groupLast.containsKey(key(appId, id))) {
                found.put(id, group(appId, id));
            }
        }
        return found;
    }

    @Override
    public void groupLast(String appId, String groupId, LastMessage last) {
        groupLast
                .computeIfAbsent(key(appId, groupId), k -> new Cell<>())
                .write(last, CassandraConversationStore.ts(last.seq()));
    }

    @Override
    public void groupRecalled(String appId, String groupId, long seq) {
        groupRecalled
                .computeIfAbsent(key(appId, groupId), k -> new Cell<>())
                .write(seq, CassandraConversationStore.ts(seq));
    }

    @Override
    public void groupCounted(String appId, String groupId, GroupMark mark) {
        marks.computeIfAbsent(key(appId, groupId), k -> new TreeMap<>()).put(mark.seq(), mark);
        groups.put(
                key(appId, groupId),
                new GroupConversation(groupId, null, 0, mark.counted(), mark.seq(), mark.committedMs()));
    }

    @Override
    public Optional<GroupMark> markAtOrBefore(String appId, String groupId, long seq) {
        Map.Entry<Long, GroupMark> e =
                marks.getOrDefault(key(appId, groupId), new TreeMap<>()).floorEntry(seq);
        return e == null ? Optional.empty() : Optional.of(e.getValue());
    }
}
